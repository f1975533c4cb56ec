package org.newskg.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.resolve.ArticleEntities;
import org.newskg.source.Article;

/** Articles extracted and resolved by worker threads, one extractor each, for training. */
final class ParallelAnalysis {
  private ParallelAnalysis() {}

  /** What training reads of one analysed article. */
  interface PerArticle<T> {
    T read(Article article, AnnotatedArticle annotated, ArticleEntities entities);
  }

  /**
   * {@code each} of the articles, in their order, analysed by {@code threads} workers;
   * {@code progress} hears the count of articles done.
   */
  static <T> List<T> of(List<Article> articles, ProcessorFactory factory, int threads,
                        IntConsumer progress, PerArticle<T> each) throws InterruptedException {
    List<T> perArticle = new ArrayList<>();
    articles.forEach(a -> perArticle.add(null));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        workers.add(pool.submit(() -> {
          Extractor extractor = factory.newExtractor();
          for (int i = next.getAndIncrement(); i < articles.size();
               i = next.getAndIncrement()) {
            Article a = articles.get(i);
            AnnotatedArticle annotated = extractor.extract(a);
            ArticleEntities entities = factory.resolver().resolve(annotated);
            T read = each.read(a, annotated, entities);
            synchronized (perArticle) {
              perArticle.set(i, read);
            }
            progress.accept(done.incrementAndGet());
          }
          return null;
        }));
      }
      for (Future<?> f : workers) {
        f.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return perArticle;
  }
}
