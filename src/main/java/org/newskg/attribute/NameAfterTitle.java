package org.newskg.attribute;

import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "Labour's deputy minister for women Jane Holt … said", "Tory spokesman for sport Hugh Lane
 * said": a title with its portfolio ("for women", "of state for Wales") runs straight into the
 * name of the person who holds it, which the parser may hang inside the portfolio; a speaker
 * left as the title's description is that person. Applied after attribution, like the other
 * description steps.
 */
final class NameAfterTitle {
  /** Prepositions that open a title's portfolio. */
  private static final Set<String> PORTFOLIO = Set.of("for", "of");
  /** The most words a portfolio has ("for culture, media and sport"). */
  private static final int MAX_PORTFOLIO = 6;

  private NameAfterTitle() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !head.pos().startsWith("NN") || head.pos().startsWith("NNP")
        || head.index() + 2 >= here.tokens().size()
        || !PORTFOLIO.contains(Clauses.lower(here.tokens().get(head.index() + 1).word()))) {
      return s;
    }
    return holder(here, head, entities).map(a -> s.spokenBy(a, Statement.Rule.NOMINAL))
        .orElse(s);
  }

  /**
   * The person a sentence names right after {@code description}'s title and portfolio, when the
   * description ends in a title the sentence gives a portfolio ("Shadow spokesman" in "Shadow
   * spokesman for sport Hugh Robertson said").
   */
  static Optional<Actor> holderIn(Sentence s, String description, ArticleEntities entities) {
    String[] words = description.split(" ");
    String title = Clauses.lower(words[words.length - 1]);
    for (Token t : s.tokens()) {
      if (Clauses.lower(t.word()).equals(title) && t.pos().startsWith("NN")
          && !t.pos().startsWith("NNP") && t.index() + 2 < s.tokens().size()
          && PORTFOLIO.contains(Clauses.lower(s.tokens().get(t.index() + 1).word()))) {
        return holder(s, t, entities);
      }
    }
    return Optional.empty();
  }

  /**
   * The person named right after the portfolio: only nouns, adjectives, "and" and commas
   * between the preposition and the name, and the name not a possessive ("for women Jane
   * Holt's …" is about her).
   */
  private static Optional<Actor> holder(Sentence s, Token head, ArticleEntities entities) {
    int last = Math.min(s.tokens().size() - 1, head.index() + 2 + MAX_PORTFOLIO);
    for (int i = head.index() + 2; i <= last; i++) {
      Token t = s.tokens().get(i);
      Optional<Actor> named = entities.actorAt(t.span());
      if (named.isPresent() && named.get().type() == ActorType.PERSON) {
        if (i == head.index() + 2) {
          // "spokesman for Mr Prescott": whom the title serves, not who holds it
          return Optional.empty();
        }
        int end = i;
        while (end + 1 < s.tokens().size()
            && entities.actorAt(s.tokens().get(end + 1).span()).filter(a -> a == named.get())
                .isPresent()) {
          end++;
        }
        boolean possessive = end + 1 < s.tokens().size()
            && s.tokens().get(end + 1).pos().equals("POS");
        return possessive ? Optional.empty() : named;
      }
      boolean portfolioWord = t.pos().startsWith("NN") || t.pos().equals("JJ")
          || t.pos().equals("CC") || t.word().equals(",");
      if (!portfolioWord) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
