package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Pronouns;

/**
 * "Mr Lund's lawyers claimed …", "her spokesman said", "the firm's team argued": people who
 * speak for someone, named by a possessive, speak for that owner, person or organization; an
 * owner the article names is the speaker (never some other organization that happens to be
 * named nearby).
 */
final class Representatives {
  /** Nouns for people speaking on someone's behalf. */
  static final Set<String> NOUNS = ImmutableSet.of("team", "lawyer", "attorney", "solicitor",
      "barrister", "counsel", "spokesman", "spokeswoman", "spokesperson", "representative",
      "aide", "agent", "camp", "campaign", "office", "publicist", "adviser", "advisor",
      "defence", "defense", "staff", "entourage");

  private Representatives() {}

  /**
   * Whom the owner of a representative noun subject names; empty when the subject is no such
   * noun, has no possessive owner, or the owner names no one the article knows.
   */
  static Optional<Actor> owner(AnnotatedArticle article, ArticleEntities entities,
                               Sentence sentence, Token subject) {
    if (!subject.pos().startsWith("NN") || subject.pos().startsWith("NNP")
        || !NOUNS.contains(Clauses.lower(subject.lemma()))) {
      return Optional.empty();
    }
    for (Token t : sentence.dependents(subject.index())) {
      if (!t.deprel().equals("nmod:poss") || t.index() > subject.index()) {
        continue;
      }
      String w = Clauses.lower(t.word());
      if (t.pos().equals("PRP$")) {
        if (Pronouns.GENDERED.contains(w)) {
          return Antecedents.person(article, entities, t.begin(), Pronouns.genderOf(t.word()));
        }
        if (w.equals("its")) {
          return Antecedents.body(article, entities, t.begin());
        }
        return Optional.empty();
      }
      return entities.actorAt(t.span());
    }
    return Optional.empty();
  }

  /** People who act for a person without speaking as them: their words are their own. */
  static final Set<String> COUNSEL = ImmutableSet.of("lawyer", "attorney", "solicitor",
      "barrister", "counsel", "agent", "publicist");

  /**
   * "Mr Ebbers's lawyers have said …", "Mike Tindall's agent has warned …": a person's lawyers
   * or agent argue their case in words of their own, so the description stays the speaker
   * (with the person in it), where a spokesman or an office speaks as the person it speaks
   * for. Applied once attribution is done, to statements the owner was given.
   */
  static Statement counselOfPerson(AnnotatedArticle article, Statement s) {
    if (s.speaker() == null || s.speaker().type() != org.newskg.resolve.ActorType.PERSON
        || s.speakerMention() == null) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || !head.pos().startsWith("NN") || head.pos().startsWith("NNP")
        || !COUNSEL.contains(Clauses.lower(head.lemma()))
        || s.speaker().names().stream().anyMatch(n -> n.overlaps(head.span()))) {
      return s;
    }
    boolean owned = sentence.dependents(head.index()).stream().anyMatch(t ->
        t.deprel().equals("nmod:poss") && t.index() < head.index()
            && s.speaker().names().stream().anyMatch(n -> n.overlaps(t.span())));
    String description = owned ? Clauses.describe(sentence, head) : null;
    return description == null ? s : s.unnamed(description);
  }
}
