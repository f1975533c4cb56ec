package org.newskg.attribute;

import java.util.Optional;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "according to market analysts In-Stat/MDR", "say technology analysts Gartner": news puts what
 * a body is straight before its name, and the parser may hang the name off the noun as a
 * modifier rather than make it the head. A speaker left as the noun's description is the
 * organization named right after it. Applied after attribution, like the other description
 * steps.
 */
final class NameAfterKind {
  private NameAfterKind() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = s.speaker() != null ? null : Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !head.pos().equals("NN") && !head.pos().equals("NNS")
        || head.index() + 1 >= here.tokens().size()) {
      return s;
    }
    return organizationAt(here, head.index() + 1, entities)
        .map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
  }

  /**
   * The organization whose name starts at word {@code i} and is not a possessive ("analysts
   * Gartner's figures" are the figures'); empty when none.
   */
  static Optional<Actor> organizationAt(Sentence s, int i, ArticleEntities entities) {
    Optional<Actor> named = entities.actorAt(s.tokens().get(i).span())
        .filter(a -> a.type() == ActorType.ORGANIZATION);
    if (named.isEmpty()) {
      return named;
    }
    int end = i;
    while (end + 1 < s.tokens().size() && entities.actorAt(s.tokens().get(end + 1).span())
        .filter(a -> a == named.get()).isPresent()) {
      end++;
    }
    boolean possessive = end + 1 < s.tokens().size()
        && s.tokens().get(end + 1).pos().equals("POS");
    return possessive ? Optional.empty() : named;
  }
}
