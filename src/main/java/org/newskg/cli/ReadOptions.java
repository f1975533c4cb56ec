package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newskg.query.Sparql;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreHolder;
import picocli.CommandLine.Option;

/**
 * {@code --store} and {@code --server} for the commands that only read: they open the store
 * here, or, while a {@code newskg serve} holds it (or {@code --server} names one), ask that
 * server's SPARQL endpoint, which answers the same queries over the same store.
 */
public final class ReadOptions {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "newskg-data",
      description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--server", paramLabel = "URL",
      description = "Ask the SPARQL endpoint of a running 'newskg serve' (e.g. "
          + "http://127.0.0.1:3030) instead of opening the store; without it, a store that "
          + "'newskg serve' holds is read through that server.")
  String server;

  /**
   * Where to read: the server when given or holding the store, else the store itself (what the
   * user should know of it goes to {@code err}).
   */
  Reading open(java.io.PrintWriter err) {
    if (server != null && !server.isBlank()) {
      return new Reading(null, Sparql.remote(endpoint(server)), server.strip(), null);
    }
    if (!Files.isDirectory(store)) {
      throw new IllegalArgumentException("no store at " + store
          + " (run 'newskg ingest PATH' first, or give --store DIR)");
    }
    Optional<StoreHolder> holder = StoreHolder.of(store);
    if (holder.isPresent()) {
      return new Reading(null, Sparql.remote(endpoint(holder.get().url())), holder.get().url(),
          store);
    }
    KnowledgeStore opened = KnowledgeStore.open(store, StoreOptions.notices(err));
    return new Reading(opened, Sparql.of(opened), null, store);
  }

  /** The SPARQL endpoint of a server given by its base URL (or the endpoint itself). */
  static String endpoint(String server) {
    String url = server.strip().replaceAll("/+$", "");
    return url.endsWith("/sparql") ? url : url + "/newskg/sparql";
  }

  /**
   * What a reading command reads.
   *
   * @param store     the store opened here; null when a server answers
   * @param serverUrl the server's base URL when a server answers
   * @param directory the store's directory when known here (for its size on disk)
   */
  record Reading(KnowledgeStore store, Sparql sparql, String serverUrl, Path directory)
      implements AutoCloseable {
    boolean remote() {
      return store == null;
    }

    /** The server's base URL, without the endpoint's path. */
    String serverBase() {
      return serverUrl.strip().replaceAll("/+$", "").replaceAll("/newskg/sparql$", "");
    }

    @Override
    public void close() {
      if (store != null) {
        store.close();
      }
    }
  }
}
