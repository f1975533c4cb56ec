package org.newskg.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.server.LiveIngestor;
import org.newskg.server.NewskgServer;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the store over HTTP: a SPARQL 1.1 endpoint (read-only) and a web page "
        + "to search who said what about whom.",
        "  /                  the search page",
        "  /newskg/sparql     SPARQL query (GET ?query=, POST form, POST application/sparql-query)",
        "  /newskg/get        Graph Store Protocol, read only (?graph=ARTICLE-IRI)",
        "  /newskg/articles   POST an article (JSON or text/plain); only with --token",
        "  /context.jsonld    the JSON-LD context of 'newskg export --format jsonld'",
        "Binds to 127.0.0.1 unless --host says otherwise. While it runs, the server is the "
            + "store's only writer: 'newskg ingest --server URL' sends articles to it; the reading "
            + "commands (said, events, entities, stats, query, export) ask it."},
    footer = {"", "Examples:", "  newskg serve --store newskg-data",
        "  newskg serve --port 8080 --token \"$(openssl rand -hex 16)\""})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
          + "0.0.0.0 exposes the endpoint and the page to the network).")
  String host;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Longest a query may run; slower ones get an error (default: "
          + "${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--token", paramLabel = "SECRET",
      description = "Switch on POST /newskg/articles for clients that send 'Authorization: "
          + "Bearer SECRET' (at least 8 characters; also read from NEWSKG_TOKEN). Loads "
          + "CoreNLP in the background (about 30 s, 4 GiB of heap).")
  String token;

  @Mixin
  ArticleLimits limits;

  @Override
  public Integer call() {
    String secret = token != null ? token : System.getenv("NEWSKG_TOKEN");
    if (limits.problem() != null) {
      // before the store is opened, which nothing would close on this path
      throw new CommandLine.ParameterException(spec.commandLine(), limits.problem());
    }
    NewskgServer.Settings settings;
    try {
      settings = new NewskgServer.Settings(host, port, Duration.ofSeconds(timeoutSeconds),
          secret == null || secret.isEmpty() ? null : secret);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    // reading only needs a store that exists; with live ingestion an empty one may be created
    KnowledgeStore store = settings.token() == null ? storeOptions.openExisting(spec.commandLine().getErr())
        : storeOptions.open(spec.commandLine().getErr());
    Optional<LiveIngestor> ingestor = Optional.empty();
    if (settings.token() != null) {
      LiveIngestor live = new LiveIngestor(store, ProcessorFactory::loadDefault,
          limits.maxArticleChars, limits.timeout());
      live.warmUp(spec.commandLine().getErr());
      ingestor = Optional.of(live);
    }
    NewskgServer server;
    try {
      server = NewskgServer.start(store, settings, ingestor);
    } catch (RuntimeException e) {
      store.close();
      throw new IllegalArgumentException("cannot serve on " + host + ":" + port + ": "
          + e.getMessage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
    }, "newskg-serve-stop"));
    out().println("newskg serve: " + server.url() + "/  (page)");
    out().println("  SPARQL      " + server.url() + NewskgServer.DATASET + "/sparql");
    out().println("  graphs      " + server.url() + NewskgServer.DATASET + "/get?graph=IRI");
    out().println("  JSON-LD     " + server.url() + "/context.jsonld  (context of the exports)");
    out().println("  ingestion   " + (settings.token() == null
        ? "off (start with --token SECRET to switch it on)"
        : "POST " + server.url() + NewskgServer.DATASET + "/articles"));
    out().println("  store       " + store.directory() + "   (Ctrl-C stops)");
    server.join();
    return ExitCodes.OK;
  }

  // picocli's writers, so a caller (or a test) can redirect what the command prints
  private java.io.PrintWriter out() { return spec.commandLine().getOut(); }
}
