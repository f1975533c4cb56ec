package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.cli.CliRunner.run;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.cli.CliRunner.Run;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.server.LiveIngestor;
import org.newskg.server.NewskgServer;
import org.newskg.store.KnowledgeStore;

/**
 * The endpoint under the mixed load of {@code bench-server --mix}, short: a real server over
 * real HTTP on a store of the samples, with live ingestion sharing the test JVM's CoreNLP. Its
 * own store and server, because the articles it posts would change what other server tests
 * count.
 */
@ExtendWith(CoreNlpFixture.class)
class MixedLoadTest {
  private static final String TOKEN = "mixed-load-token-0123";
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  @Test
  void readersAndAWriterTogetherMakeNoErrorsAndReadsFinishWhileAPostIsInFlight(
      ProcessorFactory factory, @TempDir Path dir) throws Exception {
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
      IngestReport ingested = new IngestPipeline(factory, new StageTimes()).ingest(
          List.of(Path.of("samples")), store, IngestPipeline.Options.standard(),
          IngestListener.NONE);
      assertFalse(ingested.failed(), ingested.problems().toString());
      try (NewskgServer server = NewskgServer.start(store,
          new NewskgServer.Settings("127.0.0.1", 0, TIMEOUT, TOKEN),
          Optional.of(new LiveIngestor(store, () -> factory)))) {
        URI sparql = URI.create(server.url() + NewskgServer.DATASET + "/sparql");
        MixedLoad load = new MixedLoad(sparql, TOKEN, 5, Duration.ofSeconds(60));
        // the query timeout holds under the same load: a cross product is cancelled
        CompletableFuture<HttpResponse<String>> pathological = crossProduct(sparql);
        MixedLoad.Report report = load.measure(Duration.ofSeconds(10));
        String printed = MixedLoad.format(report);
        System.out.print(printed);

        assertEquals(0, report.errors(), printed);
        assertFalse(report.failed(), printed);
        for (MixedLoad.Stats kind : report.kinds()) {
          assertTrue(kind.requests() > 0, "every kind was sent: " + printed);
        }
        assertEquals(4, report.readers(), printed);
        // the writer stored articles, and each is in the store, read directly
        assertFalse(report.storedArticles().isEmpty(), printed);
        assertTrue(report.missingArticles().isEmpty(), printed);
        for (String iri : report.storedArticles()) {
          assertTrue(store.contentHashOf(iri).isPresent(), iri + " in the store");
        }
        MixedLoad.Overlap overlap = report.overlap().orElseThrow();
        assertTrue(overlap.posts() >= 1, printed);
        // not blocked: during every POST, reads began and ended; the readers run until the
        // last POST has answered, so some were in flight as each committed and answered
        assertTrue(overlap.readsInsidePosts() > 0, printed);
        assertEquals(overlap.posts(), overlap.postsWithReadsInside(), printed);
        assertTrue(overlap.duringPost().requests() > 0, printed);
        assertTrue(overlap.acrossCommit().requests() > 0, printed);
        assertEquals(0, overlap.acrossCommit().errors(), printed);

        HttpResponse<String> cancelled = pathological.get();
        assertEquals(503, cancelled.statusCode(), cancelled.body());

        // the command line over the same server: exit 0, every kind in its table
        Run cli = run("bench-server", "--mix", "--url", sparql.toString(), "--token", TOKEN,
            "--clients", "3", "--seconds", "3", "--warm-up", "0");
        assertEquals(0, cli.exit(), cli.out() + cli.err());
        for (String kind : load.readKinds()) {
          assertTrue(cli.out().contains(kind), kind + " in " + cli.out());
        }
        assertTrue(cli.out().contains(MixedLoad.POST_KIND), cli.out());
        assertTrue(cli.out().contains("2 readers + 1 writer"), cli.out());
        assertTrue(cli.out().contains(" stored, 0 of them missing from the endpoint"), cli.out());
      }
    }
  }

  @Test
  void everyCannedQueryIsInTheMix() throws Exception {
    Set<String> files;
    try (Stream<Path> list = Files.list(Path.of("queries"))) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
          .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(files, new TreeSet<>(org.newskg.query.QueryTemplate.names()));
  }

  @Test
  void theWriterPostsBesideTheQueryEndpointGiven() {
    URI expected = URI.create("http://127.0.0.1:3030/newskg/articles");
    for (String given : List.of("http://127.0.0.1:3030/newskg/sparql",
        "http://127.0.0.1:3030/newskg/query", "http://127.0.0.1:3030/newskg",
        "http://127.0.0.1:3030/newskg/")) {
      assertEquals(expected, MixedLoad.articlesBeside(URI.create(given)), given);
    }
  }

  @Test
  void mixOptionsAreChecked() {
    Run query = run("bench-server", "--mix", "--query", "queries/said.rq");
    assertEquals(2, query.exit(), query.err());
    assertTrue(query.err().contains("--query does not apply to --mix"), query.err());
    Run token = run("bench-server", "--token", TOKEN);
    assertEquals(2, token.exit(), token.err());
    assertTrue(token.err().contains("--token applies to --mix only"), token.err());
    Run remote = run("bench-server", "--mix", "--url", "http://192.0.2.1:3030/newskg/sparql");
    assertEquals(1, remote.exit(), remote.err());
    assertTrue(remote.err().contains("only targets loopback"), remote.err());
  }

  private static CompletableFuture<HttpResponse<String>> crossProduct(URI sparql) {
    String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(sparql
            + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
            .header("Accept", "application/sparql-results+json")
            .timeout(TIMEOUT.plusSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
