package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.StageTimes;
import org.newskg.load.BulkLoader;
import org.newskg.load.JobOutput;
import org.newskg.rdf.NKG;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleSources;
import org.newskg.store.KnowledgeStore;

/**
 * The Spark job in local mode on our sample articles, plus a text read twice and a bad line:
 * spark-ingest and load give the store ingest gives, quad for quad; a retried task duplicates
 * nothing; loading again changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkIngestTest {
  private static final JobSettings SETTINGS = new JobSettings(NKG.DEFAULT_BASE, false, null,
      null, ArticleSources.DEFAULT_MAX_ARTICLE_CHARS, 900);

  @TempDir
  Path tmp;

  private Path input;

  /** The samples, and a file of ours with one of their texts under another headline. */
  @BeforeAll
  void input() throws IOException {
    input = Files.createTempDirectory("newskg-spark-input");
    Path samples = Path.of("..", "samples");
    for (String name : List.of("alpine-wire.jsonl", "northern-ledger.txt",
        "steel-tariffs.txt")) {
      Files.copy(samples.resolve(name), input.resolve(name));
    }
    String first = Files.readAllLines(samples.resolve("alpine-wire.jsonl")).get(0);
    String repeated = first.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"wire-copy-1\"")
        .replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\": \"Thousands Flee Floods\"");
    assertFalse(repeated.equals(first), "the copy must differ from the sample in id and title");
    Files.writeString(input.resolve("wire-copies.jsonl"),
        repeated + "\n{\"text\": \"a line cut short\n", StandardCharsets.UTF_8);
  }

  @Test
  void sparkIngestAndLoadGiveTheSameStoreAsIngest() throws Exception {
    Path out = tmp.resolve("job");
    IngestJob.Result result;
    try (JavaSparkContext sc = new JavaSparkContext(conf("local[1]"))) {
      result = IngestJob.run(sc, List.of(input.toString()), out.toString(), SETTINGS, 3);
    }
    assertEquals(4, result.files());
    assertEquals(5, result.analyzed(), "the samples' five articles, the repeat counted once");
    assertEquals(1, result.repeats());
    assertEquals(1, result.failures().size(), String.valueOf(result.failures()));
    assertTrue(result.failures().get(0).origin().endsWith("wire-copies.jsonl:2"),
        result.failures().get(0).origin());
    assertTrue(Files.exists(out.resolve(JobOutput.SUCCESS)));

    Path loaded = tmp.resolve("loaded");
    BulkLoader.Report load;
    try (KnowledgeStore store = KnowledgeStore.open(loaded)) {
      load = new BulkLoader().load(out, store, new BulkLoader.Options(50, false, 200),
          IngestListener.NONE);
    }
    assertEquals(5, load.ingest().ingested());
    assertEquals(1, load.ingest().duplicates());
    assertEquals(1, load.ingest().problems().size());
    assertTrue(load.quads() > 500, "quads staged: " + load.quads());

    Path ingested = tmp.resolve("ingested");
    IngestReport report;
    try (KnowledgeStore store = KnowledgeStore.open(ingested)) {
      // the models this JVM's executor loaded: one CoreNLP load for the whole test
      report = new IngestPipeline(ExecutorAnalysis.get(SETTINGS).factory(), new StageTimes())
          .ingest(List.of(input), store, new IngestPipeline.Options(1, 50, false, 200,
              ArticleDefaults.NONE, ArticleSources.DEFAULT_MAX_ARTICLE_CHARS,
              Duration.ofSeconds(900)), IngestListener.NONE);
    }
    assertEquals(5, report.ingested());
    Set<String> expected = quads(ingested);
    Set<String> actual = quads(loaded);
    assertTrue(expected.stream().anyMatch(q -> q.contains("Thousands Flee Floods")),
        "ingest keeps the repeat's headline");
    assertEquals(difference(expected, actual), difference(actual, expected),
        "quads only in ingest's store (left) and only in load's (right)");
    assertEquals(expected, actual);

    // loading the same output again: every article is unchanged, the store too
    try (KnowledgeStore store = KnowledgeStore.open(loaded)) {
      BulkLoader.Report again = new BulkLoader().load(out, store,
          new BulkLoader.Options(50, false, 200), IngestListener.NONE);
      assertEquals(0, again.ingest().ingested());
      assertEquals(5, again.ingest().unchanged());
    }
    assertEquals(expected, quads(loaded));
  }

  @Test
  void aRetriedTaskDuplicatesNothing() throws Exception {
    Path once = tmp.resolve("once");
    Path retried = tmp.resolve("retried");
    IngestJob.Result result;
    try (JavaSparkContext sc = new JavaSparkContext(conf("local[1]"))) {
      IngestJob.run(sc, List.of(input.toString()), once.toString(), SETTINGS, 2);
    }
    // local[1,2]: one thread, a task may fail once; every first attempt does, after writing
    AtomicInteger failedAttempts = new AtomicInteger();
    try (JavaSparkContext sc = new JavaSparkContext(conf("local[1,2]"))) {
      sc.sc().addSparkListener(new SparkListener() {
        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
          if (end.taskInfo().failed()) {
            failedAttempts.incrementAndGet();
          }
        }
      });
      sc.setLocalProperty(IngestJob.FAIL_FIRST_ATTEMPT, "true");
      result = IngestJob.run(sc, List.of(input.toString()), retried.toString(), SETTINGS, 2);
    }
    // closing the context delivered every event to the listener
    assertTrue(failedAttempts.get() >= 1, "an analysis task failed and was retried");
    assertEquals(5, result.analyzed(), "a failed attempt's counts are dropped");
    for (String kind : List.of(JobOutput.NQUADS, JobOutput.MANIFEST, JobOutput.FAILED)) {
      assertEquals(contents(once, kind), contents(retried, kind), kind);
    }
    List<String> manifest = contents(retried, JobOutput.MANIFEST);
    assertEquals(5, manifest.stream().filter(l -> l.startsWith("{")).count(),
        "one line an article");
  }

  private static SparkConf conf(String master) {
    return new SparkConf().setMaster(master).setAppName("newskg test")
        .set("spark.ui.enabled", "false");
  }

  /** Each part file's lines, in part order. */
  private static List<String> contents(Path out, String kind) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path part : JobOutput.parts(out, kind)) {
      lines.add(part.getFileName() + ":");
      lines.addAll(Files.readAllLines(part));
    }
    return lines;
  }

  /** Every quad of a store, as N-Quads. */
  private static Set<String> quads(Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      return Txn.calculateRead(store.datasetGraph(), () -> {
        Set<String> out = new TreeSet<>();
        store.datasetGraph().find().forEachRemaining(q -> out.add(NodeFmtLib.strNQ(q)));
        return out;
      });
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
