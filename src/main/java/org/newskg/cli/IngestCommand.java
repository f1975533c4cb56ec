package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.extract.CoreNlpModels;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.rdf.IriScheme;
import org.newskg.rdf.NKG;
import org.newskg.resolve.ActorCodes;
import org.newskg.client.ArticleClient;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleSources;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read news articles into the store: find people, organizations, countries "
        + "and quotes, decide who said each quote and whom it is about, and store one named "
        + "graph per article.",
        "PATH is a file or a directory (read recursively): .txt (one or several articles, "
            + "paragraphs are lines), .jsonl (one JSON article per line: id, url, title, "
            + "published, publisher, text), .html/.htm (a saved news page: its article text "
            + "and metadata) or .warc/.warc.gz (web archives such as CC-NEWS: each HTML page "
            + "fetched with status 200 is an article). Pages not in English are skipped.",
        "Articles already stored with the same text are skipped; a changed article replaces "
            + "its graph. A bad file is reported and skipped; the exit code is 1 if any "
            + "input failed."},
    footer = {"", "Example:", "  newskg ingest samples --store newskg-data"})
public final class IngestCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths;

  @Mixin
  StoreOptions storeOptions;

  @Mixin
  AnalysisOptions analysis;

  @Mixin
  Workers workers;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss) for articles "
          + "whose input gives none.")
  String published;

  @Option(names = "--publisher", paramLabel = "NAME",
      description = "Publisher for articles whose input gives none.")
  String publisher;

  @Option(names = "--base", paramLabel = "IRI", defaultValue = NKG.DEFAULT_BASE,
      description = "Base of instance IRIs (default: ${DEFAULT-VALUE}).")
  String base;

  @Mixin
  StoreWriting writing;

  @Mixin
  ArticleLimits limits;

  @Mixin
  CachedAnalysis cached;

  @Option(names = "--server", paramLabel = "URL",
      description = "Send the articles to a running 'newskg serve' (e.g. http://127.0.0.1:3030), "
          + "which analyzes and stores them, instead of opening the store here. "
          + "--max-article-chars applies before sending; the server's own --max-article-chars "
          + "and --article-timeout apply there.")
  String server;

  @Option(names = "--token", paramLabel = "SECRET",
      description = "The server's token, for --server (also read from NEWSKG_TOKEN).")
  String token;

  @Override
  public Integer call() throws Exception {
    ArticleDefaults defaults = new ArticleDefaults(publisher, published);
    if (server != null) {
      return sendToServer(defaults);
    }
    IngestPipeline.Options options = new IngestPipeline.Options(workers.count(),
        writing.batchSize, writing.force, writing.compactAfter, defaults,
        limits.maxArticleChars, limits.timeout());
    // a run that stores nothing leaves no empty store behind it
    boolean storeExisted = java.nio.file.Files.exists(storeOptions.store);
    boolean keepStore = storeExisted;
    try {
      // open the store before the 30 s model load, so a locked store fails at once
      try (KnowledgeStore store = storeOptions.open(spec.commandLine().getErr())) {
        try {
          return ingest(store, options);
        } finally {
          // whatever happened, a store that holds a committed batch stays
          keepStore |= !storeExisted && !isEmpty(store);
        }
      }
    } finally {
      if (!keepStore) {
        deleteEmptyStore(storeOptions.store);
      }
    }
  }

  private static boolean isEmpty(KnowledgeStore store) {
    try {
      return org.apache.jena.system.Txn.calculateRead(store.datasetGraph(),
          () -> !store.datasetGraph().findNG(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
              org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY).hasNext());
    } catch (RuntimeException | Error e) {
      return false; // cannot tell: keep it
    }
  }

  private int ingest(KnowledgeStore store, IngestPipeline.Options options) throws Exception {
    java.io.PrintWriter out = spec.commandLine().getOut();
    java.io.PrintWriter err = spec.commandLine().getErr();
    ActorCodes codes = analysis.actorCodes();  // a bad --actors file fails before the load
    ProcessorFactory factory;
    if (cached.annotationCache != null) {
      factory = cached.factory(analysis, new IriScheme(base), err);  // models load on a miss
    } else {
      err.println("newskg: loading CoreNLP models…");
      err.flush();
      CoreNlpModels models = analysis.loadModels();
      factory = new ProcessorFactory(() -> models, null, new IriScheme(base), codes);
    }
    IngestPipeline pipeline = new IngestPipeline(factory, new StageTimes());
    IngestReport report = pipeline.ingest(paths, store, options, writing.progress(err));
    out.printf("ingested %s, %,d tokens in %.1f s (%,.2f articles/s, %,.0f tokens/s)%n",
        StoreWriting.counts(report), report.tokens(), report.seconds(),
        report.articlesPerSecond(),
        report.seconds() > 0 ? report.tokens() / report.seconds() : 0);
    String skipped = skippedLine(report.input());
    if (!skipped.isEmpty()) {
      out.println(skipped);
    }
    out.flush();
    return StoreWriting.problems(report, err,
        report.articles() == 0 && report.duplicates() == 0,
        () -> String.join(", ", paths.stream().map(Path::toString).toList()));
  }

  /** Removes a store directory this run created and wrote nothing to. */
  private static void deleteEmptyStore(Path directory) {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | RuntimeException e) {
      // nothing there, or it could not go: an empty store does no harm
    }
  }

  /**
   * "skipped: 40 WARC records that are not HTML pages with status 200, 2 pages not in
   * English", or "" when nothing was skipped (files of other types are a warning of their own).
   */
  static String skippedLine(ArticleSources.Summary input) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (input.skippedRecords() > 0) {
      parts.add(count(input.skippedRecords(), "WARC record") + (input.skippedRecords() == 1
          ? " that is not an HTML page with status 200 or holds no article text"
          : " that are not HTML pages with status 200 or hold no article text"));
    }
    if (input.notEnglish() > 0) {
      parts.add(count(input.notEnglish(), "page") + " not in English");
    }
    return parts.isEmpty() ? "" : "skipped: " + String.join(", ", parts);
  }

  private static String count(int n, String noun) {
    return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  private int sendToServer(ArticleDefaults defaults) {
    String secret = token != null ? token : System.getenv("NEWSKG_TOKEN");
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("--server needs --token SECRET (or NEWSKG_TOKEN)");
    }
    // the server applies its own limits too; checking here spares sending a runaway article
    java.io.PrintWriter progress = writing.noProgress
        ? new java.io.PrintWriter(java.io.Writer.nullWriter()) : err();
    ArticleClient.Report report = new ArticleClient(server, secret)
        .send(paths, new ArticleSources(limits.maxArticleChars), defaults, progress);
    out().printf("sent %,d articles to %s: %,d stored (%,d unchanged, %,d failed), "
            + "%,d statements%n", report.sent(), server, report.stored(), report.unchanged(),
        report.problems().size(), report.statements());
    String skipped = skippedLine(report.input());
    if (!skipped.isEmpty()) {
      out().println(skipped);
    }
    if (!report.problems().isEmpty()) {
      err().printf("newskg: %d input(s) failed:%n", report.problems().size());
      report.problems().forEach(p -> err().println("  " + p));
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }

  // picocli's writers, so a caller (or a test) can redirect what the command prints
  private java.io.PrintWriter out() { return spec.commandLine().getOut(); }
  private java.io.PrintWriter err() { return spec.commandLine().getErr(); }
}
