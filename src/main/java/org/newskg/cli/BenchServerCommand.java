package org.newskg.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.query.QueryTemplate;
import org.newskg.server.LiveIngestor;
import org.newskg.bench.LoadBenchmark;
import org.newskg.bench.MixedLoad;
import org.newskg.server.NewskgServer;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-server", mixinStandardHelpOptions = true,
    description = {"Load check of the SPARQL endpoint: N concurrent clients send the "
        + "who-said-what-about-whom query (queries/said.rq) for a fixed time, against newskg's "
        + "server and then against a plain Fuseki over the same store, both on loopback in this "
        + "process. Prints requests/s, p50/p95/p99 latency and errors of each.",
        "With --url, measures a server that is already running (loopback only) instead.",
        "With --mix, measures newskg's server alone under a mix, once, after the warm-up: the "
            + "clients send every canned query of queries/ (parameters bound) and ad-hoc SPARQL "
            + "(SELECT, ASK, CONSTRUCT, DESCRIBE; JSON, CSV, TSV and four RDF formats); with "
            + "--token one of them POSTs generated articles (ids bench-RUN-N, which stay in the "
            + "store). Prints each kind's requests/s, p50/p95/p99 latency and errors, and the "
            + "readers' latency while a POST is in flight against while none is."},
    footer = {"", "Examples:", "  newskg bench-server --store /tmp/devstore --clients 16 --seconds 30",
        "  newskg bench-server --store /tmp/devstore --mix --token bench-token-1",
        "  newskg bench-server --mix --url http://127.0.0.1:3030/newskg/sparql \\",
        "      --token \"$NEWSKG_TOKEN\""})
public final class BenchServerCommand implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

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

  @Option(names = "--mix", description = "Canned queries, ad-hoc SPARQL and (with --token) "
      + "article POSTs instead of said.rq alone; newskg's server only, one measurement.")
  boolean mix;

  @Option(names = "--token", paramLabel = "SECRET",
      description = "With --mix: live ingestion's token. The server started here gets it (and "
          + "loads CoreNLP); with --url, the running server's. One client then POSTs articles.")
  String token;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Query timeout of the server started here (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 256 || seconds < 1 || seconds > 600 || rounds < 1 || rounds > 10
        || warmUpSeconds < 0 || warmUpSeconds > 600) {
      throw new IllegalArgumentException("--clients must be 1..256, --seconds 1..600, --rounds 1..10");
    }
    if (mix) {
      if (queryFile != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--query does not apply to --mix");
      }
      return mixed();
    }
    if (token != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--token applies to --mix only");
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
    try (KnowledgeStore store = storeOptions.openExisting(spec.commandLine().getErr())) {
      err().printf("newskg: %d clients, %d s each, query of %d characters, store %s%n",
          clients, seconds, query.length(), store.directory());
      // the same dataset behind Fuseki with nothing of ours: no CORS, no page, no timeout (the
      // JSON results writer, Jena's choice for the whole JVM, is ours for both)
      FusekiServer plain = noPlain ? null : FusekiServer.create().port(0).loopback(true)
          .add("/plain", store.datasetGraph(), false).build();
      try (NewskgServer ours = NewskgServer.start(store, new NewskgServer.Settings(
          "127.0.0.1", 0, Duration.ofSeconds(timeoutSeconds), null), Optional.empty())) {
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

  private int mixed() throws Exception {
    Duration measured = Duration.ofSeconds(seconds);
    Duration warmUp = Duration.ofSeconds(warmUpSeconds);
    Duration requestTimeout = Duration.ofSeconds(Math.max(60, timeoutSeconds + 30));
    MixedLoad.Report report;
    if (url != null) {
      MixedLoad load = new MixedLoad(url, token, clients, requestTimeout);
      err().printf("newskg: mixed load on %s, %d clients%s, %d s after %d s of warm-up%n",
          url, clients, token == null ? "" : " (one of them posting articles)", seconds,
          warmUpSeconds);
      load.warmUp(warmUp);
      err().printf("newskg: warm-up done; measuring %d s%n", seconds);
      report = load.measure(measured);
    } else {
      try (KnowledgeStore store = storeOptions.openExisting(spec.commandLine().getErr())) {
        Optional<LiveIngestor> live = token == null ? Optional.empty()
            : Optional.of(new LiveIngestor(store, ProcessorFactory::loadDefault));
        live.ifPresent(l -> l.warmUp(err()));
        try (NewskgServer server = NewskgServer.start(store, new NewskgServer.Settings(
            "127.0.0.1", 0, Duration.ofSeconds(timeoutSeconds), token), live)) {
          URI sparql = URI.create(server.url() + NewskgServer.DATASET + "/sparql");
          MixedLoad load = new MixedLoad(sparql, token, clients, requestTimeout);
          err().printf("newskg: mixed load on %s, %d clients%s, store %s, %d s after %d s "
                  + "of warm-up%s%n", sparql, clients,
              token == null ? "" : " (one of them posting articles)", store.directory(),
              seconds, warmUpSeconds, token == null ? "" : " and loading CoreNLP");
          // CoreNLP loads while the readers warm up; the measurement starts once it has
          load.warmUp(warmUp);
          live.ifPresent(LiveIngestor::awaitLoaded);
          err().printf("newskg: warm-up done; measuring %d s%n", seconds);
          report = load.measure(measured);
        }
      }
    }
    out().print(MixedLoad.format(report));
    return report.failed() ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private void report(LoadBenchmark.Figures f) {
    out().println(f);
    if (f.firstError() != null) {
      out().println("  first error: " + f.firstError());
    }
  }

  // picocli's writers, so a caller (or a test) can redirect what the command prints
  private java.io.PrintWriter out() { return spec.commandLine().getOut(); }
  private java.io.PrintWriter err() { return spec.commandLine().getErr(); }
}
