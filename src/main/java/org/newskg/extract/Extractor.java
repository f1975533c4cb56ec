package org.newskg.extract;

import org.newskg.source.Article;

/** Turns an article into annotations. One instance per worker thread; not thread-safe. */
public interface Extractor {
  AnnotatedArticle extract(Article article);
}
