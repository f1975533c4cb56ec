package org.newskg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.Text;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.newskg.event.AttributedArticle;
import org.newskg.ingest.AnalysisBudget;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.load.JobOutput;
import org.newskg.rdf.ArticleGraph;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleIdentity;
import org.newskg.source.ArticleSink;
import org.newskg.source.ArticleSources;
import org.newskg.source.SkipReason;
import scala.Tuple2;

/**
 * newskg's ingest as a Spark job: reads the input files on the executors, brings each text
 * read more than once together with its first reading (one shuffle, keyed by content hash, which
 * also spreads the articles evenly over the partitions), analyzes each partition's articles in
 * input order with the executor's pipelines ({@link ExecutorAnalysis}) and writes
 * {@link JobOutput}: each article's graph as N-Quads, the manifest, the failures.
 *
 * <p>Every partition's output depends only on its input, and Hadoop's output committer keeps
 * exactly one task attempt's files per partition, so retried and speculative tasks never
 * duplicate an article. One bad article is a line in {@code failed/}, never a failed job.
 */
public final class IngestJob {
  /**
   * What a run did, summed over the executors (a retried task's work counts twice).
   *
   * @param modelSeconds   waiting for the executors' pipelines (the models, once per JVM)
   * @param readSeconds    reading the input files
   * @param analysisSeconds CoreNLP and newskg's stages
   * @param outputSeconds  mapping to RDF and writing N-Quads
   */
  public record Result(long files, long articles, long analyzed, long failedArticles,
                       List<JobOutput.Failure> failures, long repeats, long tokens, long quads,
                       long skippedRecords, long notEnglish, int skippedFiles,
                       SortedSet<String> skippedTypes, int partitions, double seconds,
                       double modelSeconds, double readSeconds, double analysisSeconds,
                       double outputSeconds) {}

  /** The job's counters, created on the driver, added to by the tasks. */
  private record Counters(LongAccumulator analyzed, LongAccumulator failedArticles,
                          LongAccumulator repeats, LongAccumulator tokens, LongAccumulator quads,
                          LongAccumulator skippedRecords, LongAccumulator notEnglish,
                          LongAccumulator modelNanos, LongAccumulator readNanos,
                          LongAccumulator analysisNanos, LongAccumulator outputNanos)
      implements java.io.Serializable {
    static Counters create(JavaSparkContext sc) {
      var s = sc.sc();
      return new Counters(s.longAccumulator("analyzed"), s.longAccumulator("failed"),
          s.longAccumulator("repeats"), s.longAccumulator("tokens"), s.longAccumulator("quads"),
          s.longAccumulator("skippedRecords"), s.longAccumulator("notEnglish"),
          s.longAccumulator("modelNanos"), s.longAccumulator("readNanos"),
          s.longAccumulator("analysisNanos"), s.longAccumulator("outputNanos"));
    }
  }

  private IngestJob() {}

  /** The default partition count: a few per core, so a slow article holds up little. */
  public static int defaultPartitions(JavaSparkContext sc) {
    return Math.max(1, sc.defaultParallelism() * 4);
  }

  /**
   * Runs the job.
   *
   * @param inputs     Hadoop file-system paths or globs, files or directories
   * @param out        the output directory, which must not exist
   * @param partitions how many partitions the articles are analyzed in
   */
  public static Result run(JavaSparkContext sc, List<String> inputs, String out,
                           JobSettings settings, int partitions) {
    long start = System.nanoTime();
    // checked here once: a bad --published fails before any task runs
    new ArticleDefaults(settings.publisher(), settings.published());
    InputFiles.Listing listing = InputFiles.list(inputs, sc.hadoopConfiguration());
    Counters counters = Counters.create(sc);
    Map<String, String> conf = new HashMap<>();
    sc.hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));

    List<InputRecord> listingProblems = new ArrayList<>();
    for (int i = 0; i < listing.problems().size(); i++) {
      String[] p = listing.problems().get(i);
      listingProblems.add(InputRecord.failed(-1, i, p[0], p[1]));
    }
    JavaPairRDD<String, InputRecord> read = sc.parallelize(listing.files(),
            Math.max(1, Math.min(listing.files().size(), sc.defaultParallelism() * 4)))
        .flatMapToPair(f -> readFile(f, settings, conf, counters).iterator())
        .union(sc.parallelize(listingProblems, 1).mapToPair(r -> new Tuple2<>(key(r), r)));
    JavaRDD<InputRecord> merged = read.reduceByKey(InputRecord::merge, partitions).values();
    JavaPairRDD<Text, Text> output = merged
        .mapPartitions(records -> analyze(records, settings, counters))
        .mapToPair(kv -> new Tuple2<>(new Text(kv._1()), new Text(kv._2())));
    output.saveAsHadoopFile(out, Text.class, Text.class, JobOutputFormat.class);

    List<JobOutput.Failure> failures = readFailures(out, sc.hadoopConfiguration());
    long analyzed = counters.analyzed().value();
    long failedArticles = counters.failedArticles().value();
    return new Result(listing.files().size(), analyzed + failedArticles, analyzed,
        failedArticles, failures, counters.repeats().value(), counters.tokens().value(),
        counters.quads().value(), counters.skippedRecords().value(),
        counters.notEnglish().value(), listing.skippedFiles(), listing.skippedTypes(),
        partitions, (System.nanoTime() - start) / 1e9, counters.modelNanos().value() / 1e9,
        counters.readNanos().value() / 1e9, counters.analysisNanos().value() / 1e9,
        counters.outputNanos().value() / 1e9);
  }

  /** Articles meet by content hash; a failed input is a key of its own. */
  private static String key(InputRecord r) {
    return r.failure() == null ? "text:" + ArticleIdentity.contentHash(r.text())
        : "failed:" + r.file() + ":" + r.index();
  }

  /** Reads one input file on an executor: its articles, and what could not be read. */
  private static List<Tuple2<String, InputRecord>> readFile(
      InputFiles.InputFile file, JobSettings settings, Map<String, String> conf,
      Counters counters) throws IOException {
    long t0 = System.nanoTime();
    Path path = new Path(file.path());
    java.nio.file.Path local;
    java.nio.file.Path copyDir = null;
    String prefix;
    if ("file".equals(path.toUri().getScheme())) {
      local = java.nio.file.Path.of(path.toUri());
      prefix = null;
    } else {
      // the readers read local files: copy it to this executor's disk (streamed)
      Configuration hadoop = new Configuration(false);
      conf.forEach(hadoop::set);
      copyDir = Files.createTempDirectory("newskg-input");
      local = copyDir.resolve(path.getName());
      try (InputStream in = path.getFileSystem(hadoop).open(path)) {
        Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        deleteTree(copyDir);
        InputRecord r = InputRecord.failed(file.index(), 0, file.path(),
            "cannot read: " + e.getMessage());
        return List.of(new Tuple2<>(key(r), r));
      }
      prefix = local.toString();
    }
    List<Tuple2<String, InputRecord>> out = new ArrayList<>();
    long[] index = {0};
    try {
      ArticleSources sources = new ArticleSources(settings.maxArticleChars());
      ArticleSources.Summary summary = sources.read(List.of(local),
          new ArticleDefaults(settings.publisher(), settings.published()), new ArticleSink() {
            @Override
            public void article(Article a) {
              Article named = prefix == null ? a : new Article(a.id(), a.url(), a.headline(),
                  a.publisher(), a.published(), a.text(), origin(a.origin(), prefix, file),
                  a.author());
              InputRecord r = InputRecord.of(file.index(), index[0]++, named);
              out.add(new Tuple2<>(key(r), r));
            }

            @Override
            public void problem(String origin, String reason) {
              InputRecord r = InputRecord.failed(file.index(), index[0]++,
                  prefix == null ? origin : origin(origin, prefix, file), reason);
              out.add(new Tuple2<>(key(r), r));
            }

            @Override
            public void skipped(String origin, SkipReason reason) {
              // counted in the summary
            }
          });
      counters.skippedRecords().add(summary.skippedRecords());
      counters.notEnglish().add(summary.notEnglish());
    } finally {
      if (copyDir != null) {
        deleteTree(copyDir);
      }
      counters.readNanos().add(System.nanoTime() - t0);
    }
    return out;
  }

  private static String origin(String origin, String localPrefix, InputFiles.InputFile file) {
    return origin.startsWith(localPrefix)
        ? file.path() + origin.substring(localPrefix.length()) : origin;
  }

  /**
   * One partition: its records in input order, each article analyzed with this thread's
   * pipeline, lazily (one article's output in memory at a time).
   */
  private static Iterator<Tuple2<String, String>> analyze(Iterator<InputRecord> records,
                                                          JobSettings settings,
                                                          Counters counters) {
    List<InputRecord> ordered = new ArrayList<>();
    records.forEachRemaining(ordered::add);
    if (ordered.isEmpty()) {
      return java.util.Collections.emptyIterator();
    }
    ordered.sort(InputRecord.order());
    long t0 = System.nanoTime();
    ExecutorAnalysis analysis = ExecutorAnalysis.get(settings);
    ArticleProcessor processor = analysis.processor();
    counters.modelNanos().add(System.nanoTime() - t0);
    Iterator<Tuple2<String, String>> out = ordered.stream()
        .flatMap(r -> process(r, analysis, processor, counters).stream())
        .iterator();
    TaskContext task = TaskContext.get();
    if (task != null && task.attemptNumber() == 0
        && "true".equals(task.getLocalProperty(FAIL_FIRST_ATTEMPT))) {
      return failAfterFirst(out);
    }
    return out;
  }

  /**
   * A local property that makes every task's first attempt fail after it wrote its first
   * record: how the tests check that a retried task duplicates nothing.
   */
  static final String FAIL_FIRST_ATTEMPT = "newskg.test.failFirstAttempt";

  private static <T> Iterator<T> failAfterFirst(Iterator<T> records) {
    return new Iterator<>() {
      private int given;

      @Override
      public boolean hasNext() {
        if (given > 0) {
          throw new IllegalStateException("first attempt failed on purpose ("
              + FAIL_FIRST_ATTEMPT + ")");
        }
        return records.hasNext();
      }

      @Override
      public T next() {
        given++;
        return records.next();
      }
    };
  }

  private static List<Tuple2<String, String>> process(InputRecord r, ExecutorAnalysis analysis,
                                                      ArticleProcessor processor,
                                                      Counters counters) {
    if (r.failure() != null) {
      return List.of(new Tuple2<>(JobOutput.FAILED,
          new JobOutput.Failure(r.origin(), r.failure(), false, 0).toJson()));
    }
    Article article = r.article();
    long chars = article.text().length();
    try {
      long t0 = System.nanoTime();
      AttributedArticle attributed = analysis.budget().run(() -> processor.analyze(article));
      long t1 = System.nanoTime();
      ArticleGraph graph = processor.map(attributed);
      String nquads = nquads(graph);
      counters.analysisNanos().add(t1 - t0);
      counters.outputNanos().add(System.nanoTime() - t1);
      int tokens = attributed.annotated().tokenCount();
      counters.analyzed().add(1);
      counters.tokens().add(tokens);
      counters.quads().add(graph.graph().size());
      counters.repeats().add(r.repeats().size());
      List<JobOutput.Sighting> repeats = r.repeats().stream()
          .map(x -> new JobOutput.Sighting(x.origin(), x.headline())).toList();
      JobOutput.Entry entry = new JobOutput.Entry(new JobOutput.Position(r.file(), r.index()),
          ArticleIdentity.idFor(article), graph.articleIri(), graph.contentHash(), article.headline(), article.origin(), tokens,
          chars, graph.statements(), graph.actors(), repeats);
      return List.of(new Tuple2<>(JobOutput.NQUADS, nquads),
          new Tuple2<>(JobOutput.MANIFEST, entry.toJson()));
    } catch (AnalysisBudget.Exceeded e) {
      counters.failedArticles().add(1);
      return List.of(new Tuple2<>(JobOutput.FAILED,
          new JobOutput.Failure(article.origin(), e.getMessage(), true, chars).toJson()));
    } catch (RuntimeException | StackOverflowError e) {
      counters.failedArticles().add(1);
      return List.of(new Tuple2<>(JobOutput.FAILED,
          new JobOutput.Failure(article.origin(), "analysis failed: " + e, true, chars)
              .toJson()));
    }
  }

  /** The article's graph as N-Quads, its lines sorted: the same article, the same text. */
  static String nquads(ArticleGraph article) {
    Node graph = NodeFactory.createURI(article.articleIri());
    List<String> lines = new ArrayList<>();
    article.graph().find().forEachRemaining(t -> {
      String line = NodeFmtLib.strNQ(Quad.create(graph, t));
      lines.add(line.endsWith(" .") ? line : line + " .");
    });
    lines.sort(Comparator.naturalOrder());
    return String.join("\n", lines);
  }

  /** The failures the job wrote, for its summary. */
  private static List<JobOutput.Failure> readFailures(String out, Configuration conf) {
    List<JobOutput.Failure> failures = new ArrayList<>();
    try {
      Path dir = new Path(out, JobOutput.FAILED);
      FileSystem fs = dir.getFileSystem(conf);
      if (!fs.exists(dir)) {
        return failures;
      }
      var statuses = fs.listStatus(dir);
      java.util.Arrays.sort(statuses);
      for (var status : statuses) {
        if (!status.getPath().getName().startsWith("part-")) {
          continue;
        }
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
            fs.open(status.getPath()), java.nio.charset.StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
              failures.add(JobOutput.Failure.fromJson(line));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out + "/" + JobOutput.FAILED + ": "
          + e.getMessage(), e);
    }
    return failures;
  }

  private static void deleteTree(java.nio.file.Path dir) {
    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover copy in the executor's temporary directory is only disk space
    }
  }
}
