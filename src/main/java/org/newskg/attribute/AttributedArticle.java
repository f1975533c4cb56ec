package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.resolve.ArticleEntities;

/** An article with its actors and its statements: everything the RDF mapper needs. */
public record AttributedArticle(AnnotatedArticle annotated, ArticleEntities entities,
                                List<Statement> statements) {
  public AttributedArticle {
    statements = List.copyOf(statements);
  }
}
