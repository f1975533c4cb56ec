package org.newskg.extract;

import java.util.function.Supplier;
import org.newskg.source.Article;

/**
 * An extractor that answers from an {@link AnnotationCache} and asks the real extractor, made
 * only on the first miss, for the rest. With every article cached CoreNLP is never loaded.
 */
public final class CachingExtractor implements Extractor {
  private final AnnotationCache cache;
  private final Supplier<Extractor> real;
  private Extractor extractor;

  public CachingExtractor(AnnotationCache cache, Supplier<Extractor> real) {
    this.cache = cache;
    this.real = real;
  }

  @Override
  public AnnotatedArticle extract(Article article) {
    return cache.get(article).orElseGet(() -> {
      if (extractor == null) {
        extractor = real.get();
      }
      AnnotatedArticle annotated = extractor.extract(article);
      cache.put(annotated);
      return annotated;
    });
  }
}
