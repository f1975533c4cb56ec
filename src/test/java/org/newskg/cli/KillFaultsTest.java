package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleSink;
import org.newskg.source.ArticleSources;

/**
 * Kill -9 during ingest, at random moments, with real CoreNLP and a real TDB2 store in a separate
 * process. After each kill: the store opens, {@code validate} passes, and every article graph in
 * it is exactly (isomorphic to) that article's graph in a clean reference run: no article is half
 * there. The next trial re-runs the same ingest on the killed store, so recovery runs are trials
 * too; a run that ends before its kill must exit 0 with exactly the reference store (same graph
 * names, each graph isomorphic). Then the store starts empty again.
 *
 * <p>Kill moments (seeded): during model loading and store opening; a random time into the
 * analysis; inside a commit (the TDB2 journal is non-empty); during compaction (a
 * {@code Data-NNNN-tmp} generation exists). Batches of 2 and compaction after every run put many
 * commits and compactions in each run. One worker thread: the order articles are written in,
 * and so how people and events are joined across articles, is then the same in every run.
 *
 * <p>Not in the default run (each trial loads CoreNLP in a new process, 30-50 s):
 * {@code mvn -B -ntp -o -Dgroups=faults -DexcludedGroups= -Dtest.heap=-Xmx5g test
 * -Dtest=KillFaultsTest}; {@code -Dfaults.trials=N} and {@code -Dfaults.seed=S} change the
 * number of kills (default 20) and the seed.
 */
@Tag("faults")
class KillFaultsTest {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
      .toString();
  private static final int COPIES = 2;
  private static final int BATCH = 2;

  private enum Moment { LOADING, ANALYSIS, COMMIT, COMPACTION }

  /** One ingest process: how it ended and what it printed. */
  private record Run(boolean killed, int exit, double seconds, String output) {}

  /** One trial, for the report. */
  private record Trial(int number, Moment moment, double killedAt, int storedBefore,
                       int storedAfter) {}

  /** Timings of the clean run, to spread kill moments over a run. */
  private record Timing(double loadSeconds, double workSeconds, int articles) {}

  @Test
  void killedIngestsLeaveASoundStoreAndReRunsFinishTheJob(@TempDir Path dir) throws Exception {
    int trials = Integer.getInteger("faults.trials", 20);
    long seed = Long.getLong("faults.seed", 20261128L);
    Random random = new Random(seed);
    Path corpus = corpus(dir.resolve("corpus"));
    long t0 = System.nanoTime();

    // the clean reference
    Path referenceStore = dir.resolve("reference");
    long r0 = System.nanoTime();
    double[] loaded = {-1};
    Run clean = ingest(corpus, referenceStore, line -> {
      if (line.contains("articles to read") && loaded[0] < 0) {
        loaded[0] = (System.nanoTime() - r0) / 1e9;
      }
    }, null);
    assertEquals(0, clean.exit(), clean.output());
    Map<String, Graph> reference = StoreGraphs.read(referenceStore);
    int articles = reference.size();
    assertTrue(articles >= 3 * (COPIES + 1), "reference articles: " + reference.keySet());
    Timing timing = new Timing(loaded[0], clean.seconds() - loaded[0], articles);
    System.out.printf("faults: reference run %.1f s (loading %.1f s), %d articles, %d quads%n",
        clean.seconds(), timing.loadSeconds(), articles,
        reference.values().stream().mapToLong(Graph::size).sum());

    List<Trial> done = new ArrayList<>();
    int completions = 0;
    int chain = 0;
    Path store = dir.resolve("store-" + chain);
    int run = 0;
    while (done.size() < trials) {
      run++;
      Moment moment = pick(random);
      int before = storedArticles(store);
      double fraction = random.nextDouble();
      int commitNumber = 1 + random.nextInt(Math.max(1, (articles - before + BATCH - 1) / BATCH));
      // a store that has every article gets a plain re-run: it must finish and equal the
      // reference (killing a run with nothing left to do would test little)
      Killer killer = before == articles ? null : new Killer(store, moment, fraction,
          commitNumber, timing, articles - before);
      Run r = ingest(corpus, store, killer == null ? line -> {} : killer::line, killer);
      if (r.killed()) {
        int after = checkKilled(store, reference, "trial " + (done.size() + 1) + " (" + moment
            + " at " + String.format("%.1f", r.seconds()) + " s)");
        done.add(new Trial(done.size() + 1, moment, r.seconds(), before, after));
        System.out.printf("faults: trial %2d killed %-10s at %5.1f s: %2d -> %2d of %d "
            + "articles, store sound%n", done.size(), moment, r.seconds(), before, after,
            articles);
      } else {
        assertEquals(0, r.exit(), "run " + run + ": " + r.output());
        checkComplete(store, reference, "run " + run + " (completed after "
            + done.size() + " kills)");
        completions++;
        System.out.printf("faults: run %d completed in %.1f s: exactly the reference store%n",
            run, r.seconds());
        chain++;
        store = dir.resolve("store-" + chain);
      }
    }
    // the last killed store is finished by one more run
    if (Files.exists(store)) {
      Run last = ingest(corpus, store, line -> {}, null);
      assertEquals(0, last.exit(), last.output());
      checkComplete(store, reference, "the final re-run");
      completions++;
    }
    double minutes = (System.nanoTime() - t0) / 60e9;
    Map<Moment, Integer> byMoment = new TreeMap<>();
    done.forEach(t -> byMoment.merge(t.moment(), 1, Integer::sum));
    System.out.printf("faults: %d kills %s, %d completed re-runs equal to the reference, "
        + "0 failures, %.1f min, seed %d%n", done.size(), byMoment, completions, minutes, seed);
  }

  private static Moment pick(Random random) {
    double p = random.nextDouble();
    return p < 0.15 ? Moment.LOADING : p < 0.55 ? Moment.ANALYSIS : p < 0.85 ? Moment.COMMIT
        : Moment.COMPACTION;
  }

  /** The samples plus copies of them under other ids: 3 times the sample articles. */
  private static Path corpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path p : samples.toList()) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    List<Article> read = new ArrayList<>();
    new ArticleSources().read(List.of(Path.of("samples")), ArticleDefaults.NONE,
        new ArticleSink() {
          @Override
          public void article(Article a) {
            read.add(a);
          }

          @Override
          public void problem(String origin, String reason) {
            throw new IllegalStateException(origin + ": " + reason);
          }
        });
    StringBuilder copies = new StringBuilder();
    for (int c = 1; c <= COPIES; c++) {
      for (int i = 0; i < read.size(); i++) {
        Article a = read.get(i);
        JsonObject o = new JsonObject();
        o.put("id", "copy-" + c + "-" + i);
        put(o, "title", a.headline());
        put(o, "published", a.published());
        put(o, "publisher", a.publisher());
        o.put("text", a.text());
        copies.append(org.apache.jena.atlas.json.JSON.toStringFlat(o)).append('\n');
      }
    }
    Files.writeString(dir.resolve("copies.jsonl"), copies, StandardCharsets.UTF_8);
    return dir;
  }

  private static void put(JsonObject o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  /** Decides when to kill an ingest process, from its output and its store directory. */
  private static final class Killer {
    private final Path store;
    private final Moment moment;
    private final double fraction;
    private final int commitNumber;
    private final Timing timing;
    private final int remaining;
    private volatile long loadedAt = -1;

    Killer(Path store, Moment moment, double fraction, int commitNumber, Timing timing,
           int remaining) {
      this.store = store;
      this.moment = moment;
      this.fraction = fraction;
      this.commitNumber = commitNumber;
      this.timing = timing;
      this.remaining = remaining;
    }

    void line(String line) {
      if (line.contains("articles to read") && loadedAt < 0) {
        loadedAt = System.nanoTime();
      }
    }

    /** Waits for the moment, then kills; false when the process ended first. */
    boolean killAtTheMoment(Process p, long started) throws Exception {
      int commitsSeen = 0;
      boolean inCommit = false;
      while (p.isAlive()) {
        long now = System.nanoTime();
        boolean fire = switch (moment) {
          case LOADING -> now - started > fraction * timing.loadSeconds() * 1e9;
          case ANALYSIS -> loadedAt > 0
              && now - loadedAt > fraction * timing.workSeconds() * 1e9 * remaining
              / timing.articles();
          case COMMIT -> {
            if (loadedAt < 0) {
              yield false;
            }
            boolean journal = journalSize(store) > 0;
            if (journal && !inCommit) {
              commitsSeen++;
            }
            inCommit = journal;
            yield journal && commitsSeen >= commitNumber;
          }
          case COMPACTION -> loadedAt > 0 && compacting(store);
        };
        if (fire) {
          p.destroyForcibly(); // SIGKILL
          p.waitFor();
          return true;
        }
        Thread.sleep(moment == Moment.COMMIT || moment == Moment.COMPACTION ? 1 : 20);
      }
      return false;
    }
  }

  private static long journalSize(Path store) {
    try (Stream<Path> files = Files.walk(store, 2)) {
      return files.filter(f -> f.getFileName().toString().equals("journal.jrnl"))
          .mapToLong(f -> {
            try {
              return Files.size(f);
            } catch (IOException e) {
              return 0;
            }
          }).sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  private static boolean compacting(Path store) {
    try (Stream<Path> files = Files.list(store)) {
      return files.anyMatch(f -> f.getFileName().toString().matches("Data-\\d+-tmp"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private static Run ingest(Path corpus, Path store, java.util.function.Consumer<String> lines,
                            Killer killer) throws Exception {
    List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx5g", "-XX:+UseParallelGC", "-cp",
        System.getProperty("java.class.path"), "org.newskg.cli.NewskgCommand", "ingest",
        corpus.toString(), "--store", store.toString(), "--threads", "1", "--batch-size",
        Integer.toString(BATCH), "--compact-after", "1"));
    long started = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          synchronized (output) {
            output.append(line).append('\n');
          }
          lines.accept(line);
        }
      } catch (IOException e) {
        // the process was killed
      }
    });
    reader.start();
    boolean killed = killer != null && killer.killAtTheMoment(p, started);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "ingest finished");
    double seconds = (System.nanoTime() - started) / 1e9;
    reader.join(10_000);
    synchronized (output) {
      return new Run(killed, p.exitValue(), seconds, output.toString());
    }
  }

  private static int storedArticles(Path store) {
    return Files.exists(store) ? StoreGraphs.read(store).size() : 0;
  }

  /** The store after a kill: opens, validates, holds only whole reference articles. */
  private static int checkKilled(Path store, Map<String, Graph> reference, String what) {
    if (!Files.exists(store)) {
      return 0; // killed before it created the store
    }
    Map<String, Graph> stored = StoreGraphs.read(store);
    for (Map.Entry<String, Graph> e : stored.entrySet()) {
      Graph expected = reference.get(e.getKey());
      assertTrue(expected != null, what + ": an article the clean run has not: " + e.getKey());
      assertTrue(expected.isIsomorphicWith(e.getValue()), what + ": article " + e.getKey()
          + " differs from the clean run (" + e.getValue().size() + " of " + expected.size()
          + " triples)");
    }
    if (!stored.isEmpty()) {
      CliRunner.Run validate = CliRunner.run("validate", "--store", store.toString());
      assertEquals(0, validate.exit(), what + ": " + validate.out() + validate.err());
    }
    return stored.size();
  }

  /** A finished store: exactly the reference, graph for graph. */
  private static void checkComplete(Path store, Map<String, Graph> reference, String what) {
    Map<String, Graph> stored = StoreGraphs.read(store);
    assertEquals(new TreeMap<>(reference).keySet(), new TreeMap<>(stored).keySet(), what);
    reference.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(stored.get(name)),
        what + ": " + name + " differs from the clean run"));
    CliRunner.Run validate = CliRunner.run("validate", "--store", store.toString());
    assertEquals(0, validate.exit(), what + ": " + validate.out() + validate.err());
  }
}
