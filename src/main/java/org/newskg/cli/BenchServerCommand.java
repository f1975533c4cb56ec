package org.newskg.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.query.QueryTemplate;
import org.newskg.server.LoadBenchmark;
import org.newskg.server.NewskgServer;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-server", mixinStandardHelpOptions = true,
    description = {"Load check of the SPARQL endpoint: N concurrent clients send the "
        + "who-said-what-about-whom query (queries/said.rq) for a fixed time, against newskg's "
        + "server and then against a plain Fuseki over the same store, both on loopback in this "
        + "process. Prints requests/s, p50/p95/p99 latency and errors of each.",
        "With --url, measures a server that is already running (loopback only) instead."},
    footer = {"", "Example:", "  newskg bench-server --store /tmp/devstore --clients 16 --seconds 30"})
public final class BenchServerCommand implements Callable<Integer> {
  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "16",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "30",
      description = "Measured time per server (default: ${DEFAULT-VALUE}; a 5 s warm-up precedes).")
  int seconds;

  @Option(names = "--query", paramLabel = "FILE",
      description = "A SPARQL query file to send instead of queries/said.rq.")
  Path queryFile;

  @Option(names = "--url", paramLabel = "URL",
      description = "A running server's query endpoint, e.g. http://127.0.0.1:3030/newskg/sparql.")
  URI url;

  @Option(names = "--no-plain", description = "Do not measure a plain Fuseki for comparison.")
  boolean noPlain;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 256 || seconds < 1 || seconds > 600) {
      throw new IllegalArgumentException("--clients must be 1..256 and --seconds 1..600");
    }
    String query = queryFile != null ? Files.readString(queryFile)
        : QueryTemplate.load("said").bind(Map.of()).toString();
    Duration measured = Duration.ofSeconds(seconds);
    Duration warmUp = Duration.ofSeconds(5);
    LoadBenchmark bench = new LoadBenchmark();
    if (url != null) {
      report(bench.run("server at " + url, url, query, clients, measured, warmUp));
      return ExitCodes.OK;
    }
    int failures = 0;
    try (KnowledgeStore store = storeOptions.openExisting()) {
      System.err.printf("newskg: %d clients, %d s each, query of %d characters, store %s%n",
          clients, seconds, query.length(), store.directory());
      try (NewskgServer ours = NewskgServer.start(store, new NewskgServer.Settings(
          "127.0.0.1", 0, Duration.ofSeconds(30), null), Optional.empty())) {
        LoadBenchmark.Figures f = bench.run("newskg serve", URI.create(ours.url()
            + NewskgServer.DATASET + "/sparql"), query, clients, measured, warmUp);
        report(f);
        failures += f.errors() > 0 ? 1 : 0;
      }
      if (!noPlain) {
        // the same dataset behind Fuseki with nothing of ours: no CORS, no page, no timeout
        FusekiServer plain = FusekiServer.create().port(0).loopback(true)
            .add("/plain", store.datasetGraph(), false).build().start();
        try {
          LoadBenchmark.Figures f = bench.run("plain Fuseki", URI.create("http://127.0.0.1:"
              + plain.getHttpPort() + "/plain/sparql"), query, clients, measured, warmUp);
          report(f);
          failures += f.errors() > 0 ? 1 : 0;
        } finally {
          plain.stop();
        }
      }
    }
    return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private static void report(LoadBenchmark.Figures f) {
    System.out.println(f);
    if (f.firstError() != null) {
      System.out.println("  first error: " + f.firstError());
    }
  }
}
