package org.newskg.server;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newskg.event.AttributedArticle;
import org.newskg.ingest.AnalysisBudget;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.rdf.ArticleGraph;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleIdentity;
import org.newskg.source.ArticleSink;
import org.newskg.source.ArticleSources;
import org.newskg.store.KnowledgeStore;

/**
 * Ingestion inside the server: the same readers and stages as {@code newskg ingest}, one
 * article at a time on one processor, each request committed in one transaction. Requests are
 * serialized: TDB2 has one writer, and one CoreNLP pipeline keeps the server's heap bounded.
 * Readers of the store are not blocked (TDB2 readers see the last commit).
 */
public final class LiveIngestor {
  /** What one request did. */
  public record Result(List<Stored> stored, List<IngestProblem> problems) {}

  /** One article of a request: its IRI, whether it was new or unchanged, its statements. */
  public record Stored(String article, boolean unchanged, int statements, int entities) {}

  private final KnowledgeStore store;
  private final org.newskg.ingest.StoreWriter writer;
  private final Supplier<ProcessorFactory> factory;
  private final Supplier<ArticleProcessor> processor;
  private final int maxArticleChars;
  private final AnalysisBudget budget;

  /** @param factory loads CoreNLP (about 30 s, 4 GiB) the first time it is asked */
  public LiveIngestor(KnowledgeStore store, Supplier<ProcessorFactory> factory) {
    this(store, factory, ArticleSources.DEFAULT_MAX_ARTICLE_CHARS,
        Duration.ofSeconds(AnalysisBudget.DEFAULT_SECONDS));
  }

  /**
   * @param maxArticleChars longer articles are refused as problems, as {@code ingest} does
   * @param articleTimeout  an article whose analysis takes longer is abandoned; zero: no limit
   */
  public LiveIngestor(KnowledgeStore store, Supplier<ProcessorFactory> factory,
                      int maxArticleChars, Duration articleTimeout) {
    this.store = store;
    this.writer = new org.newskg.ingest.StoreWriter(store);
    this.maxArticleChars = maxArticleChars;
    this.budget = new AnalysisBudget(articleTimeout);
    this.factory = Suppliers.memoize(factory::get);
    this.processor = Suppliers.memoize(() -> this.factory.get().newProcessor(new StageTimes()));
  }

  /**
   * Loads CoreNLP in the background now, so the first request does not wait for it; a load
   * that fails is said on {@code err}, the command's error writer.
   */
  public void warmUp(java.io.PrintWriter err) {
    Thread t = new Thread(() -> {
      try {
        processor.get();
      } catch (RuntimeException e) {
        err.println("newskg serve: loading CoreNLP failed: " + e);
        err.flush();
      }
    }, "newskg-corenlp-load");
    t.setDaemon(true);
    t.start();
  }

  /** Blocks until CoreNLP has loaded (loading it now if {@link #warmUp} has not started it). */
  public void awaitLoaded() {
    processor.get();
  }

  /**
   * Ingests the articles in {@code body}: JSON lines (one article per line, the fields of
   * {@code .jsonl}) when {@code json}, else plain text in the {@code .txt} format.
   */
  public synchronized Result ingest(byte[] body, boolean json, ArticleDefaults defaults) {
    List<Article> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    Path file = null;
    try {
      // the readers take files; a request body is one small temporary file
      file = Files.createTempFile("newskg-post", json ? ".jsonl" : ".txt");
      Files.write(file, body);
      Path input = file;
      new ArticleSources(maxArticleChars).read(List.of(file), defaults, new ArticleSink() {
        @Override
        public void article(Article a) {
          articles.add(a);
        }

        @Override
        public void problem(String origin, String reason) {
          problems.add(new IngestProblem(rename(origin, input), reason));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        file.toFile().delete();
      }
    }
    List<Stored> stored = new ArrayList<>();
    List<ArticleGraph> batch = new ArrayList<>();
    for (Article article : articles) {
      String origin = rename(article.origin(), file);
      try {
        String iri = factory.get().iris()
            .article(ArticleIdentity.slug(ArticleIdentity.idFor(article)));
        String hash = ArticleIdentity.contentHash(article.text());
        if (store.contentHashOf(iri).filter(hash::equals).isPresent()) {
          stored.add(new Stored(iri, true, 0, 0));
          continue;
        }
        ArticleProcessor p = processor.get();
        AttributedArticle attributed = budget.run(() -> p.analyze(article));
        ArticleGraph graph = p.map(attributed);
        batch.add(graph);
        stored.add(new Stored(graph.articleIri(), false, graph.statements(), graph.actors()));
      } catch (AnalysisBudget.Exceeded e) {
        problems.add(new IngestProblem(origin, e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(new IngestProblem(origin, "analysis failed: " + e));
      }
    }
    writer.write(batch);
    return new Result(stored, problems);
  }

  /** Messages name the request, not the temporary file it passed through. */
  private static String rename(String origin, Path file) {
    return file == null ? origin : origin.replace(file.toString(), "request");
  }
}
