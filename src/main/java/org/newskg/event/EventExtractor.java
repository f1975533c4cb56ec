package org.newskg.event;

import java.util.List;
import org.newskg.attribute.Statement;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.resolve.ArticleEntities;

/** Finds the events an article reports, with their participants, date and place. */
public interface EventExtractor {
  /**
   * @param statements the article's attributed statements, so that events can say which
   *                   statements are about them
   */
  List<Event> extract(AnnotatedArticle article, ArticleEntities entities,
                      List<Statement> statements);
}
