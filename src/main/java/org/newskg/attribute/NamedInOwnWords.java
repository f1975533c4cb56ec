package org.newskg.attribute;

import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;

/**
 * "Mr Lund, 63, has always denied it. The former finance officer said Mr Lund knew …": a
 * description that a rule took for a person named nearby is not that person when the words it
 * reports name them as their own subject: people speak of others by name, and of themselves
 * as "I" or "he". The statement keeps the description. Applied once attribution is done, to
 * people found by a description ({@link Statement.Rule#NOMINAL}) that is neither someone's
 * ("his agent") nor a representative's.
 */
final class NamedInOwnWords {
  private NamedInOwnWords() {}

  static Statement check(AnnotatedArticle article, Statement s) {
    if (s.speaker() == null || s.rule() != Statement.Rule.NOMINAL || s.speakerMention() == null
        || !Statement.KIND_INDIRECT.equals(s.kind())) {
      return s;
    }
    Token noun = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = noun == null ? null : article.sentenceAt(noun.begin());
    // a body speaks of itself by name ("It is the first time Acme has …, the company said"),
    // and one who speaks for a person names them ("his agent said Lund was happy")
    if (sentence == null || s.speaker().type() != ActorType.PERSON
        || !noun.pos().startsWith("NN") || noun.pos().startsWith("NNP")
        || Representatives.NOUNS.contains(Clauses.lower(noun.lemma()))
        || sentence.dependents(noun.index()).stream()
            .anyMatch(d -> d.deprel().equals("nmod:poss"))
        || s.speaker().names().stream().anyMatch(n -> n.overlaps(s.speakerMention()))) {
      return s;
    }
    boolean subjectNamed = sentence.tokens().stream().anyMatch(t ->
        t.deprel().startsWith("nsubj") && s.quote().inner().contains(t.span())
            && s.speaker().names().stream().anyMatch(n -> n.overlaps(t.span())));
    String description = Clauses.describe(sentence, noun);
    return subjectNamed && description != null ? s.unnamed(description) : s;
  }
}
