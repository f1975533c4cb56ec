package org.newskg.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newskg.extract.CoreNlpModels;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.rdf.IriScheme;
import org.newskg.resolve.ActorCodes;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleSink;
import org.newskg.source.ArticleSources;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure throughput side by side, in one process, on the same articles: "
        + "(1) CoreNLP as a user configures it by default "
        + "(tokenize,ssplit,pos,lemma,ner,depparse,coref,quote, one thread: its quote "
        + "attributor crashes when a pipeline is shared by threads), then (2) newskg's whole "
        + "ingest (annotation, attribution, mapping, store) into a temporary store.",
        "Prints tokens per second of each and their ratio, newskg's time per stage and the "
            + "peak heap of each phase. Model loading (CoreNLP's, and newskg's own word lists, "
            + "tables and models, read when the pipeline is built) is timed apart, not in "
            + "tokens/s nor in the stage times."},
    footer = {"", "Example:", "  newskg bench ../shared/corpus --profile"})
public final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to run on.")
  List<Path> paths;

  @Mixin
  AnalysisOptions analysis;

  @Mixin
  Workers workers;

  @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles.")
  Integer limit;

  @Option(names = "--skip-baseline", description = "Run only newskg, not CoreNLP's default.")
  boolean skipBaseline;

  @Option(names = "--profile", description = "Also print CoreNLP's time per annotator.")
  boolean profile;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date for articles whose input gives none.")
  String published;

  /** Articles the first pass read (all of them, --limit or not) and its seconds. */
  private int readArticles;
  private double readSeconds;

  @Override
  public Integer call() throws Exception {
    List<Article> articles = read();
    if (articles.isEmpty()) {
      err().println("newskg: no articles in " + paths);
      return ExitCodes.FAILURE;
    }
    int workerThreads = workers.count();
    out().printf("bench: %d articles, %d cores, max heap %.1f GiB%n", articles.size(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1073741824.0);

    double baselineRate = 0;
    if (!skipBaseline) {
      baselineRate = baseline(articles);
    }

    resetPeakHeap();
    long t0 = System.nanoTime();
    ActorCodes codes = analysis.actorCodes();
    double actorLoad = (System.nanoTime() - t0) / 1e9;
    CoreNlpModels models = analysis.loadModels();
    double modelLoad = (System.nanoTime() - t0) / 1e9 - actorLoad;
    ProcessorFactory factory = new ProcessorFactory(() -> models, null,
        IriScheme.defaultScheme(), codes);
    double load = (System.nanoTime() - t0) / 1e9;
    StageTimes times = new StageTimes();
    IngestReport report;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      IngestPipeline.Options options = new IngestPipeline.Options(workerThreads, 50, true,
          Integer.MAX_VALUE, new ArticleDefaults(null, null));
      report = new IngestPipeline(factory, times).ingest(paths, store, options,
          IngestListener.NONE);
    }
    double rate = report.tokens() / report.seconds();
    out().printf("newskg ingest (%d threads): load %.1f s; %,d tokens in %.1f s = %,.0f "
            + "tokens/s (%,.0f per thread); %.2f articles/s; peak heap %.2f GiB%n",
        workerThreads, load, report.tokens(), report.seconds(), rate, rate / workerThreads,
        report.ingested() / report.seconds(), peakHeapGiB());
    // newskg's own data is read when the pipeline is built, not inside the stage times below
    out().printf("newskg load: CoreNLP models %.1f s; newskg data %.2f s, of which "
            + "resolution and attribution %.2f s (country table, names, aliases, the ranker and "
            + "reported-speech models, the rules' word lists and patterns); CAMEO actor codes "
            + "%.2f s%n", modelLoad, factory.dataSeconds(), factory.attributionSeconds(),
        actorLoad);
    double busy = times.seconds(times.annotation) + times.seconds(times.attribution)
        + times.seconds(times.events) + times.seconds(times.mapping) + times.seconds(times.store);
    out().printf("newskg stages (thread-seconds): annotation %.1f (%.1f%%), attribution "
            + "%.2f (%.1f%%), events %.2f (%.1f%%), mapping %.2f (%.1f%%), store %.2f (%.1f%%)%n",
        times.seconds(times.annotation), 100 * times.seconds(times.annotation) / busy,
        times.seconds(times.attribution), 100 * times.seconds(times.attribution) / busy,
        times.seconds(times.events), 100 * times.seconds(times.events) / busy,
        times.seconds(times.mapping), 100 * times.seconds(times.mapping) / busy,
        times.seconds(times.store), 100 * times.seconds(times.store) / busy);
    if (!report.problems().isEmpty()) {
      out().printf("newskg: %d article(s) failed%n", report.problems().size());
    }
    // reading a page costs its parse, Readability and the language check; the ingest's count
    // for its progress bar does not extract pages. The first pass also loads the language
    // model and warms the JIT, once per process: a second pass gives the cost per article.
    double cold = readArticles == 0 ? 0 : readSeconds / readArticles;
    long t1 = System.nanoTime();
    new ArticleSources().read(paths, new ArticleDefaults(null, published), new ArticleSink() {
      @Override
      public void article(Article a) {
      }

      @Override
      public void problem(String origin, String reason) {
      }
    });
    double warm = readArticles == 0 ? 0 : (System.nanoTime() - t1) / 1e9 / readArticles;
    out().printf("newskg reading and extraction: %.2f ms per article (first pass, with "
            + "model loading: %.2f ms); %.2f%% of the ingest's %.1f s (first pass: %.2f%%)%n",
        1000 * warm, 1000 * cold, 100 * warm * report.articles() / report.seconds(),
        report.seconds(), 100 * cold * report.articles() / report.seconds());
    if (profile) {
      out().println("newskg CoreNLP annotators (shared models):");
      out().println(factory.models().timingInformation());
    }
    if (baselineRate > 0) {
      out().printf("ratio newskg / CoreNLP default: %.2fx tokens/s (%.2fx per thread)%n",
          rate / baselineRate, rate / workerThreads / baselineRate);
    }
    return ExitCodes.OK;
  }

  /** CoreNLP's default pipeline, untuned, one thread; returns tokens per second. */
  private double baseline(List<Article> articles) {
    resetPeakHeap();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    double load = (System.nanoTime() - t0) / 1e9;
    long tokens = 0;
    int failed = 0;
    long t1 = System.nanoTime();
    for (Article a : articles) {
      Annotation doc = new Annotation(a.text());
      try {
        pipeline.annotate(doc);
        tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
      } catch (RuntimeException e) {
        failed++;
      }
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    double rate = tokens / seconds;
    out().printf("CoreNLP default (1 thread): load %.1f s; %,d tokens in %.1f s = %,.0f "
        + "tokens/s; peak heap %.2f GiB%s%n", load, tokens, seconds, rate, peakHeapGiB(),
        failed > 0 ? "; " + failed + " article(s) failed" : "");
    if (profile) {
      out().println(pipeline.timingInformation());
    }
    // free the default models before newskg loads its own
    StanfordCoreNLP.clearAnnotatorPool();
    System.gc();
    return rate;
  }

  private List<Article> read() {
    List<Article> articles = new ArrayList<>();
    long t0 = System.nanoTime();
    new ArticleSources().read(paths, new ArticleDefaults(null, published), new ArticleSink() {
      @Override
      public void article(Article a) {
        readArticles++;
        if (limit == null || articles.size() < limit) {
          articles.add(a);
        }
      }

      @Override
      public void problem(String origin, String reason) {
        err().println("newskg: skipped " + origin + ": " + reason);
      }
    });
    readSeconds = (System.nanoTime() - t0) / 1e9;
    if (limit != null) {
      // the ingest phase reads the paths again: keep it to the same articles
      paths = List.of(writeJsonl(articles));
    }
    return articles;
  }

  private static Path writeJsonl(List<Article> articles) {
    try {
      Path f = Files.createTempFile("newskg-bench", ".jsonl");
      f.toFile().deleteOnExit();
      List<String> lines = new ArrayList<>();
      for (Article a : articles) {
        org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
        o.put("text", a.text());
        // the identity the articles had in their own files
        if (a.id() != null) {
          o.put("id", a.id());
        }
        if (a.url() != null) {
          o.put("url", a.url());
        }
        if (a.headline() != null) {
          o.put("title", a.headline());
        }
        if (a.published() != null) {
          o.put("published", a.published());
        }
        if (a.publisher() != null) {
          o.put("publisher", a.publisher());
        }
        lines.add(org.apache.jena.atlas.json.JSON.toStringFlat(o));
      }
      Files.write(f, lines);
      return f;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static double peakHeapGiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1073741824.0;
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  // picocli's writers, so a caller (or a test) can redirect what the command prints
  private java.io.PrintWriter out() { return spec.commandLine().getOut(); }
  private java.io.PrintWriter err() { return spec.commandLine().getErr(); }
}
