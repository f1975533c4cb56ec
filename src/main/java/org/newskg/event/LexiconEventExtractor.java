package org.newskg.event;

import java.util.List;
import org.newskg.attribute.Statement;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.CountryTable;

/** Work in progress on branch events: replaced by the lexicon and dependency rules. */
public final class LexiconEventExtractor implements EventExtractor {
  public static LexiconEventExtractor load(CountryTable countries) {
    return new LexiconEventExtractor();
  }

  @Override
  public List<Event> extract(AnnotatedArticle article, ArticleEntities entities,
                             List<Statement> statements) {
    return List.of();
  }
}
