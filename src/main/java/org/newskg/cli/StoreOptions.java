package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that touches the store shares. */
public final class StoreOptions {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "newskg-data",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  /** Opens (creating if needed) the store; what the user should know of it goes to {@code err}. */
  KnowledgeStore open(PrintWriter err) {
    return KnowledgeStore.open(store, notices(err));
  }

  /** Opens an existing store; reading commands should not create an empty one by accident. */
  KnowledgeStore openExisting(PrintWriter err) {
    if (!java.nio.file.Files.isDirectory(store)) {
      throw new IllegalArgumentException("no store at " + store
          + " (run 'newskg ingest PATH' first, or give --store DIR)");
    }
    return KnowledgeStore.open(store, notices(err));
  }

  /** The store's notices (a conversion of its layout), as a line each on a command's err. */
  static Consumer<String> notices(PrintWriter err) {
    return notice -> {
      err.println("newskg: " + notice);
      err.flush();
    };
  }
}
