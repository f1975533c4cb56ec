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
      description = "Measured time per server and round (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--query", paramLabel = "FILE",
      description = "A SPARQL query file to send instead of queries/said.rq.")
  Path queryFile;

  @Option(names = "--url", paramLabel = "URL",
      description = "A running server's query endpoint, e.g. http://127.0.0.1:3030/newskg/sparql.")
  URI url;

  @Option(names = "--warm-up", paramLabel = "S", defaultValue = "15",
      description = "Unmeasured load on each server first (default: ${DEFAULT-VALUE} s).")
  int warmUpSeconds;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
      description = "Measurements of each server, in alternating order (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--no-plain", description = "Do not measure a plain Fuseki for comparison.")
  boolean noPlain;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 256 || seconds < 1 || seconds > 600 || rounds < 1 || rounds > 10
        || warmUpSeconds < 0 || warmUpSeconds > 600) {
      throw new IllegalArgumentException("--clients must be 1..256, --seconds 1..600, --rounds 1..10");
    }
    String query = queryFile != null ? Files.readString(queryFile)
        : QueryTemplate.load("said").bind(Map.of()).toString();
    Duration measured = Duration.ofSeconds(seconds);
    Duration warmUp = Duration.ofSeconds(warmUpSeconds);
    LoadBenchmark bench = new LoadBenchmark();
    if (url != null) {
      for (int round = 0; round < rounds; round++) {
        report(bench.run("server at " + url, url, query, clients, measured,
            round == 0 ? warmUp : Duration.ZERO));
      }
      return ExitCodes.OK;
    }
    int failures = 0;
    try (KnowledgeStore store = storeOptions.openExisting()) {
      System.err.printf("newskg: %d clients, %d s each, query of %d characters, store %s%n",
          clients, seconds, query.length(), store.directory());
      // the same dataset behind Fuseki with nothing of ours: no CORS, no page, no timeout
      FusekiServer plain = noPlain ? null : FusekiServer.create().port(0).loopback(true)
          .add("/plain", store.datasetGraph(), false).build();
      try (NewskgServer ours = NewskgServer.start(store, new NewskgServer.Settings(
          "127.0.0.1", 0, Duration.ofSeconds(30), null), Optional.empty())) {
        URI oursUrl = URI.create(ours.url() + NewskgServer.DATASET + "/sparql");
        URI plainUrl = null;
        if (plain != null) {
          plain.start();
          plainUrl = URI.create("http://127.0.0.1:" + plain.getHttpPort() + "/plain/sparql");
          bench.run("warm-up", plainUrl, query, clients, warmUp, Duration.ZERO);
        }
        // both warm before either is measured: a cold JVM answers at half the rate
        bench.run("warm-up", oursUrl, query, clients, warmUp, Duration.ZERO);
        for (int round = 0; round < rounds; round++) {
          // alternate the order, so neither always runs on a machine the other warmed
          boolean oursFirst = round % 2 == 0 || plainUrl == null;
          for (int i = 0; i < 2; i++) {
            boolean measureOurs = (i == 0) == oursFirst;
            if (!measureOurs && plainUrl == null) {
              continue;
            }
            LoadBenchmark.Figures f = bench.run(measureOurs ? "newskg serve" : "plain Fuseki",
                measureOurs ? oursUrl : plainUrl, query, clients, measured, Duration.ZERO);
            report(f);
            failures += f.errors() > 0 ? 1 : 0;
          }
        }
      } finally {
        if (plain != null) {
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
