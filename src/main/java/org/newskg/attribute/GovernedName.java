package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ArticleEntities;

/**
 * "Speaking to the Radio Times, the Two Ronnies star said", "Under President Chavez, the
 * government has …": a name set off by a comma before a description may stand in apposition
 * to it ("Even China, Pyongyang's only ally, said"), but not when a preposition governs it:
 * then it is whom the speaker addressed, where or when they spoke. A speaker taken from such a
 * name is the description instead ("according to" names a source and stays). The name the
 * ranker may have taken is {@link Subjects}' name before a description; this step is applied
 * after attribution, so the ranker's candidates stay as they are, and before the steps that
 * resolve descriptions.
 */
final class GovernedName {
  private GovernedName() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.speaker() == null || s.speakerMention() == null
        || s.speaker().names().stream().anyMatch(m -> m.overlaps(s.speakerMention()))) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || !head.pos().startsWith("NN") || head.pos().startsWith("NNP")) {
      return s;
    }
    List<Token> tokens = sentence.tokens();
    int first = Subjects.descriptionStart(sentence, head);
    if (first < 2 || !tokens.get(first - 1).word().equals(",")) {
      return s;
    }
    Token name = tokens.get(first - 2);
    if (entities.actorAt(name.span()).filter(a -> a == s.speaker()).isEmpty()) {
      return s;
    }
    int opens = name.index();
    while (opens > 0 && (tokens.get(opens - 1).pos().startsWith("NNP")
        || tokens.get(opens - 1).pos().equals("DT"))) {
      opens--;
    }
    boolean governed = opens > 0 && (tokens.get(opens - 1).pos().equals("IN")
        || tokens.get(opens - 1).pos().equals("TO"));
    boolean accordingTo = opens >= 2
        && Clauses.lower(tokens.get(opens - 2).word()).equals("according");
    if (!governed || accordingTo) {
      return s;
    }
    String description = Clauses.describe(sentence, head);
    return description == null ? s : s.unnamed(description);
  }
}
