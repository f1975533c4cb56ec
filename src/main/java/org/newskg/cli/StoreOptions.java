package org.newskg.cli;

import java.nio.file.Path;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that touches the store shares. */
public final class StoreOptions {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "newskg-data",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  KnowledgeStore open() {
    return KnowledgeStore.open(store);
  }

  /** Opens an existing store; reading commands should not create an empty one by accident. */
  KnowledgeStore openExisting() {
    if (!java.nio.file.Files.isDirectory(store)) {
      throw new IllegalArgumentException("no store at " + store
          + " (run 'newskg ingest PATH' first, or give --store DIR)");
    }
    return KnowledgeStore.open(store);
  }
}
