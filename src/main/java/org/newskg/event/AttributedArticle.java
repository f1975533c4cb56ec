package org.newskg.event;

import java.util.List;
import org.newskg.attribute.Statement;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.resolve.ArticleEntities;

/** An article with its actors, its statements and its events: everything the RDF mapper needs. */
public record AttributedArticle(AnnotatedArticle annotated, ArticleEntities entities,
                                List<Statement> statements, List<Event> events) {
  public AttributedArticle {
    statements = List.copyOf(statements);
    events = List.copyOf(events);
  }
}
