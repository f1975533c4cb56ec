package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;

/**
 * "Liverpool fans claimed …", "BA passengers said …", "a senior EU politician says …": people
 * an organization serves or is owned by, and politicians of a body, named with it, speak for
 * themselves, not for it as "a BA spokesman" does; such a statement keeps its speaker's words
 * as the description (for the next sentence to name them: {@link DelayedIdentification}).
 * Applied after attribution, so the ranker's candidates stay as they are.
 */
final class OwnVoices {
  /** Nouns for people outside an organization, or in it but not its voice, named by it. */
  private static final Set<String> NOUNS = Set.of("fan", "supporter", "customer", "client",
      "passenger", "shareholder", "investor", "user", "subscriber", "viewer", "listener",
      "reader", "consumer", "patient", "pupil", "student", "parent", "resident", "buyer",
      "policyholder", "depositor", "creditor", "bondholder", "politician", "lawmaker",
      "legislator", "backbencher", "activist", "campaigner");

  private OwnVoices() {}

  static Statement resolve(AnnotatedArticle article, Statement s) {
    if (s.speaker() == null || s.speaker().type() != ActorType.ORGANIZATION
        || s.rule() != Statement.Rule.NOMINAL || s.speakerMention() == null) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || !head.pos().startsWith("NN") || head.pos().startsWith("NNP")
        || !NOUNS.contains(Clauses.lower(head.lemma()))) {
      return s;
    }
    String description = Clauses.describe(sentence, head);
    return description == null ? s : s.unnamed(description);
  }
}
