package org.newskg.resolve;

import org.newskg.extract.AnnotatedArticle;

/** Groups the entity mentions of one article into actors. */
public interface EntityResolver {
  ArticleEntities resolve(AnnotatedArticle article);
}
