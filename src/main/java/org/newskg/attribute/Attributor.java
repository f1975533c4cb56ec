package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.resolve.ArticleEntities;

/** Decides who spoke each quote of an article and whom it is about. */
public interface Attributor {
  List<Statement> attribute(AnnotatedArticle article, ArticleEntities entities);
}
