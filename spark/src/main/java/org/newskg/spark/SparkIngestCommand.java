package org.newskg.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.rdf.NKG;
import org.newskg.source.ArticleSources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newskg spark-ingest}: the ingest as a Spark job, on this machine ({@code --master
 * local[N]}) or on a cluster through {@code spark-submit}.
 */
@Command(name = "spark-ingest", mixinStandardHelpOptions = true,
    description = {"Analyze news articles as an Apache Spark job and write each article's "
        + "graph as N-Quads, a manifest and the failures to DIR; 'newskg load DIR' puts them "
        + "in a store. The same input gives the same store as 'newskg ingest'.",
        "PATH is a file, a directory or a glob on any Hadoop file system (file://, hdfs://, "
            + "s3a:// with its connector), in ingest's formats (.txt, .jsonl, .html, .htm, "
            + ".warc, .warc.gz). A bad article is reported and skipped; the exit code is 1 if "
            + "any input failed."},
    footer = {"", "Example:", "  newskg spark-ingest corpus --out job-out --master 'local[2]'"})
public final class SparkIngestCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, globs.")
  List<String> paths;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Output directory (must not exist).")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[N] runs on this machine with N threads (default: "
          + "what spark-submit gives, else local[*]).")
  String master;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions the articles are analyzed in (default: 4 per core).")
  Integer partitions;

  @Option(names = "--coref", description = "Also run CoreNLP's coreference (as ingest --coref).")
  boolean coref;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date for articles whose input gives none.")
  String published;

  @Option(names = "--publisher", paramLabel = "NAME",
      description = "Publisher for articles whose input gives none.")
  String publisher;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = NKG.DEFAULT_BASE,
      description = "Base of instance IRIs (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--max-article-chars", paramLabel = "N",
      defaultValue = "" + ArticleSources.DEFAULT_MAX_ARTICLE_CHARS,
      description = "Longer articles fail, unanalyzed (default: ${DEFAULT-VALUE}).")
  int maxArticleChars;

  @Option(names = "--article-timeout", paramLabel = "SECONDS",
      defaultValue = "" + org.newskg.ingest.AnalysisBudget.DEFAULT_SECONDS,
      description = "An article whose analysis takes longer fails (default: ${DEFAULT-VALUE}; "
          + "0 for no limit).")
  long articleTimeout;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SparkIngestCommand());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof IllegalArgumentException || e instanceof java.io.IOException
          || e instanceof java.io.UncheckedIOException) {
        err.println("newskg: " + e.getMessage());
      } else {
        err.println("newskg: the job failed: " + e);
        e.printStackTrace(err);
      }
      err.flush();
      return 1;
    });
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    if (maxArticleChars < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--max-article-chars must be at least 1");
    }
    if (articleTimeout < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--article-timeout must be 0 (none) or more");
    }
    if (partitions != null && partitions < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--partitions must be at least 1");
    }
    JobSettings settings = new JobSettings(base, coref, publisher, published, maxArticleChars,
        articleTimeout);
    SparkConf conf = new SparkConf().setAppName("newskg ingest");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // one JVM on this machine: no web UI to serve
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      Path outPath = new Path(out);
      if (outPath.getFileSystem(sc.hadoopConfiguration()).exists(outPath)) {
        throw new IllegalArgumentException("--out " + out + " exists: give a new directory "
            + "(the job never overwrites one)");
      }
      err.println("newskg: running the job on " + conf.get("spark.master")
          + " (each executor loads CoreNLP's models once, about 30 s)…");
      err.flush();
      int n = partitions != null ? partitions : IngestJob.defaultPartitions(sc);
      IngestJob.Result r = IngestJob.run(sc, paths, out, settings, n);
      stdout.printf("analyzed %,d of %,d articles (%,d failed%s) from %,d files in %,d "
              + "partitions: %,d tokens, %,d quads in %.1f s (%,.0f tokens/s); output in %s%n",
          r.analyzed(), r.articles(), r.failedArticles(),
          r.repeats() == 0 ? "" : String.format(", %,d repeated texts counted once",
              r.repeats()),
          r.files(), r.partitions(), r.tokens(), r.quads(), r.seconds(),
          r.seconds() > 0 ? r.tokens() / r.seconds() : 0, out);
      stdout.printf("executor time: %.1f s waiting for pipelines (models), %.1f s reading, "
              + "%.1f s analysis, %.1f s mapping and writing%n",
          r.modelSeconds(), r.readSeconds(), r.analysisSeconds(), r.outputSeconds());
      if (r.skippedRecords() > 0 || r.notEnglish() > 0 || r.skippedFiles() > 0) {
        stdout.printf("skipped: %,d files of unsupported types%s, %,d WARC records that are "
                + "not HTML pages with status 200 or hold no article text, %,d pages not in "
                + "English%n", r.skippedFiles(),
            r.skippedTypes().isEmpty() ? "" : " (" + String.join(", ", r.skippedTypes()) + ")",
            r.skippedRecords(), r.notEnglish());
      }
      stdout.flush();
      if (!r.failures().isEmpty()) {
        err.printf("newskg: %d input(s) failed:%n", r.failures().size());
        r.failures().forEach(f -> err.println("  " + f.origin() + ": " + f.reason()));
      }
      if (r.articles() == 0 && r.failures().isEmpty()) {
        err.println("newskg: no articles in " + String.join(", ", paths));
        err.flush();
        return 1;
      }
      err.flush();
      return r.failures().isEmpty() ? 0 : 1;
    }
  }
}
