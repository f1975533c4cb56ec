package org.newskg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.newskg.event.AttributedArticle;
import org.newskg.rdf.ArticleGraph;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleIdentity;
import org.newskg.source.ArticleSink;
import org.newskg.source.ArticleSources;
import org.newskg.store.KnowledgeStore;

/**
 * Reads articles, analyzes them on worker threads (one CoreNLP extractor each) and writes them
 * to the store from a single writer, in batches: one transaction per batch keeps TDB2 small on
 * disk, and a crash loses at most the batch in flight, never half an article. Articles already
 * stored with the same content are skipped before any NLP runs.
 */
public final class IngestPipeline {
  /**
   * @param threads      worker threads, one CoreNLP extractor each
   * @param batchSize    articles per write transaction
   * @param force        re-analyze articles even when the store has the same content
   * @param compactAfter compact the store when at least this many articles were written
   * @param maxArticleChars longer articles are reported as problems, not analyzed
   * @param articleTimeout  an article whose analysis takes longer is abandoned and reported
   *                        as a problem; zero for no limit
   */
  public record Options(int threads, int batchSize, boolean force, int compactAfter,
                        ArticleDefaults defaults, int maxArticleChars, Duration articleTimeout) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1");
      }
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch size must be at least 1");
      }
      if (compactAfter < 1) {
        throw new IllegalArgumentException("--compact-after must be at least 1");
      }
      if (maxArticleChars < 1) {
        throw new IllegalArgumentException("--max-article-chars must be at least 1");
      }
      if (articleTimeout.isNegative()) {
        throw new IllegalArgumentException("--article-timeout must be 0 (none) or more");
      }
    }

    /** Options with the default time budget per article. */
    public Options(int threads, int batchSize, boolean force, int compactAfter,
                   ArticleDefaults defaults, int maxArticleChars) {
      this(threads, batchSize, force, compactAfter, defaults, maxArticleChars,
          Duration.ofSeconds(AnalysisBudget.DEFAULT_SECONDS));
    }

    /** Options with the default longest article. */
    public Options(int threads, int batchSize, boolean force, int compactAfter,
                   ArticleDefaults defaults) {
      this(threads, batchSize, force, compactAfter, defaults,
          ArticleSources.DEFAULT_MAX_ARTICLE_CHARS);
    }

    public static Options standard() {
      return new Options(Runtime.getRuntime().availableProcessors(), 50, false, 200,
          new ArticleDefaults(null, null));
    }
  }

  /** What flows from the reader and the workers to the writer. */
  private sealed interface Outcome {}

  private record Written(ArticleGraph graph, int tokens, long chars) implements Outcome {}

  /** @param headline the headline it was read under this time, to keep when it is another */
  private record Unchanged(String iri, String headline, long chars) implements Outcome {}

  /** Where a text was first read, and under which headline (not the text: memory stays small). */
  private record FirstRead(String iri, String origin, String headline) {}

  /** A text the input had already given (the first one is analyzed). */
  private record Duplicate(String warning, long chars) implements Outcome {}

  /** @param article true when an article failed, false for a file or line that held none */
  private record Failed(IngestProblem problem, boolean article, long chars) implements Outcome {
    Failed(IngestProblem problem, boolean article) {
      this(problem, article, 0);
    }
  }

  private record WorkerDone() implements Outcome {}

  private static final Article END = new Article(null, null, null, null, null, "", "end");

  private final ProcessorFactory factory;
  private final StageTimes times;

  public IngestPipeline(ProcessorFactory factory, StageTimes times) {
    this.factory = factory;
    this.times = times;
  }

  public IngestReport ingest(List<Path> inputs, KnowledgeStore store, Options options,
                             IngestListener listener) throws InterruptedException {
    StoreWriter writer = new StoreWriter(store);
    long start = System.nanoTime();
    ArticleSources sources = new ArticleSources(options.maxArticleChars());
    Scan scan = scan(sources, inputs, options.defaults());
    long total = scan.articles();
    listener.started(total, scan.characters());
    List<String> warnings = new ArrayList<>();
    if (scan.summary().skippedMessage() != null) {
      warnings.add(scan.summary().skippedMessage());
    }
    // the first article read with each text, by content hash: a text read again is the same
    // article, analyzed once (its other headlines are kept)
    Map<String, FirstRead> firstWithText = new HashMap<>();
    Map<String, Set<String>> otherHeadlines =
        new ConcurrentHashMap<>();

    BlockingQueue<Article> work = new ArrayBlockingQueue<>(options.threads() * 2);
    BlockingQueue<Outcome> results = new ArrayBlockingQueue<>(options.threads() * 4 + 16);
    AtomicLong read = new AtomicLong();
    AtomicReference<ArticleSources.Summary> summary = new AtomicReference<>(
        new ArticleSources.Summary(0, 0, 0, 0));
    Thread reader = new Thread(() -> {
      try {
        summary.set(sources.read(inputs, options.defaults(), new ArticleSink() {
          @Override
          public void article(Article a) {
            String hash = ArticleIdentity.contentHash(a.text());
            FirstRead first = firstWithText.putIfAbsent(hash,
                new FirstRead(iriOf(a), a.origin(), a.headline()));
            if (first == null) {
              read.incrementAndGet();
              putUninterruptibly(work, a);
              return;
            }
            String iri = first.iri();
            if (a.headline() != null && !a.headline().equals(first.headline())) {
              otherHeadlines.computeIfAbsent(iri, k -> Collections.synchronizedSet(
                  new LinkedHashSet<>())).add(a.headline());
            }
            putUninterruptibly(results, new Duplicate(a.origin() + " repeats the text of "
                + first.origin() + (Objects.equals(a.headline(), first.headline())
                ? "" : " under another headline (\"" + a.headline() + "\"; stored under \""
                + first.headline() + "\", with this one as another headline)")
                + ": analyzed and counted once", a.text().length()));
          }

          @Override
          public void problem(String origin, String reason) {
            putUninterruptibly(results, new Failed(new IngestProblem(origin, reason), false));
          }
        }));
      } catch (RuntimeException e) {
        putUninterruptibly(results,
            new Failed(new IngestProblem(String.valueOf(inputs), "reading failed: " + e), false));
      } finally {
        for (int i = 0; i < options.threads(); i++) {
          putUninterruptibly(work, END);
        }
      }
    }, "newskg-reader");
    reader.setDaemon(true);
    reader.start();

    AnalysisBudget budget = new AnalysisBudget(options.articleTimeout());
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < options.threads(); i++) {
      ArticleProcessor processor = factory.newProcessor(times);
      Thread worker = new Thread(() -> work(processor, budget, store, options, work, results),
          "newskg-worker-" + i);
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }

    List<IngestProblem> problems = new ArrayList<>();
    List<ArticleGraph> batch = new ArrayList<>();
    long ingested = 0;
    long unchanged = 0;
    long duplicates = 0;
    long chars = 0;
    long statements = 0;
    long actors = 0;
    long tokens = 0;
    long triples = 0;
    long done = 0;
    int running = options.threads();
    long batchStarted = 0;
    try {
      while (running > 0) {
        Outcome outcome = results.poll(1, TimeUnit.SECONDS);
        if (outcome instanceof Written w) {
          if (batch.isEmpty()) {
            batchStarted = System.nanoTime();
          }
          batch.add(w.graph());
          tokens += w.tokens();
          chars += w.chars();
          done++;
        } else if (outcome instanceof Unchanged u) {
          unchanged++;
          chars += u.chars();
          done++;
          if (u.headline() != null) {
            otherHeadlines.computeIfAbsent(u.iri(), k -> Collections.synchronizedSet(
                new LinkedHashSet<>())).add(u.headline());
          }
        } else if (outcome instanceof Duplicate d) {
          duplicates++;
          chars += d.chars();
          done++;
          warnings.add(d.warning());
        } else if (outcome instanceof Failed f) {
          problems.add(f.problem());
          listener.problem(f.problem());
          chars += f.chars();
          if (f.article()) {
            done++;
          }
        } else if (outcome instanceof WorkerDone) {
          running--;
        }
        boolean full = batch.size() >= options.batchSize();
        boolean stale = !batch.isEmpty() && System.nanoTime() - batchStarted > 10_000_000_000L;
        if (full || stale || (running == 0 && !batch.isEmpty())) {
          long t0 = System.nanoTime();
          writer.write(batch);
          times.store.add(System.nanoTime() - t0);
          for (ArticleGraph g : batch) {
            ingested++;
            statements += g.statements();
            actors += g.actors();
            triples += g.graph().size();
          }
          batch.clear();
        }
        if (outcome != null && !(outcome instanceof WorkerDone)) {
          listener.progress(done, Math.max(total, done), tokens, chars,
              Math.max(scan.characters(), chars));
        }
      }
    } finally {
      budget.close();
    }
    // the other headlines of texts stored once (each stored headline is kept as it is)
    store.addAlternativeHeadlines(otherHeadlines);
    if (ingested >= options.compactAfter()) {
      long t0 = System.nanoTime();
      store.compact();
      times.store.add(System.nanoTime() - t0);
    }
    return new IngestReport(read.get(), ingested, unchanged, duplicates, statements, actors,
        tokens, triples, chars, (System.nanoTime() - start) / 1e9, problems, warnings,
        summary.get());
  }

  private void work(ArticleProcessor processor, AnalysisBudget budget, KnowledgeStore store,
                    Options options, BlockingQueue<Article> work,
                    BlockingQueue<Outcome> results) {
    try {
      while (true) {
        Article article = work.take();
        if (article == END) {
          break;
        }
        putUninterruptibly(results, process(processor, budget, store, options, article));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      putUninterruptibly(results, new WorkerDone());
    }
  }

  private Outcome process(ArticleProcessor processor, AnalysisBudget budget,
                          KnowledgeStore store, Options options, Article article) {
    try {
      String iri = iriOf(article);
      String hash = ArticleIdentity.contentHash(article.text());
      if (!options.force() && store.contentHashOf(iri).filter(hash::equals).isPresent()) {
        return new Unchanged(iri, article.headline(), article.text().length());
      }
      AttributedArticle attributed = budget.run(() -> processor.analyze(article));
      return new Written(processor.map(attributed), attributed.annotated().tokenCount(),
          article.text().length());
    } catch (AnalysisBudget.Exceeded e) {
      return new Failed(new IngestProblem(article.origin(), e.getMessage()), true,
          article.text().length());
    } catch (RuntimeException | StackOverflowError e) {
      return new Failed(new IngestProblem(article.origin(), "analysis failed: " + e), true,
          article.text().length());
    }
  }

  private String iriOf(Article article) {
    return factory.iris().article(ArticleIdentity.slug(ArticleIdentity.idFor(article)));
  }

  /** What the first pass found: articles, their characters, and what was skipped. */
  private record Scan(long articles, long characters, ArticleSources.Summary summary) {}

  /**
   * A first pass that counts, so the progress bar can show a total and an ETA: it reads
   * {@code .txt} and {@code .jsonl} (milliseconds per article against seconds of NLP) but does
   * not extract pages, which costs tens of milliseconds each.
   */
  private static Scan scan(ArticleSources sources, List<Path> inputs,
                           ArticleDefaults defaults) {
    long[] n = {0, 0};
    ArticleSources.Summary summary = sources.read(inputs, defaults, new ArticleSink() {
      @Override
      public void article(Article a) {
        n[0]++;
        n[1] += a.text().length();
      }

      @Override
      public void problem(String origin, String reason) {
        // reported by the real pass
      }
    });
    return new Scan(n[0], n[1], summary);
  }

  private static <T> void putUninterruptibly(BlockingQueue<T> queue, T item) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(item);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
