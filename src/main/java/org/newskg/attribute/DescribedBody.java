package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "Kestrel no longer wants the unit. The American firm is thought to be offering $1bn. It has
 * argued …": an "it" whose nearest subject naming a body is a description ("the firm", "the
 * Indian Government"), not a name, stands for that description (and so for the organization
 * the description refers back to), not for an organization named as a subject before it, as
 * {@link DescribedAntecedent} does for "he". Walking back from the pronoun over clause
 * subjects in its paragraph and the one before: a name of an organization or country ends the
 * walk (the name rule decides), as does a document that may itself be what speaks ("the
 * report"); people, "it", a subject owned by "its" (the same body's review), bodies named as
 * the subject of an earlier sentence's embedded clause and other things are passed over; a
 * definite noun for a body as a main clause's subject, or owning it ("the government's
 * argument"), is the antecedent.
 */
final class DescribedBody {
  /** Nouns for a body besides {@link BodyNominals#NOUNS}: offices of state, makers. */
  static final Set<String> BODIES = Set.of("government", "ministry", "department",
      "council", "commission", "committee", "authority", "administration", "regulator",
      "watchdog", "carmaker", "maker", "giant", "board", "institute", "party");

  private DescribedBody() {}

  /** The description "it" at {@code pronoun} stands for, or null when a name comes first. */
  static DescribedAntecedent.Found find(AnnotatedArticle article, ArticleEntities entities,
                                        Sentence sentence, Token pronoun) {
    if (!Clauses.lower(pronoun.word()).equals("it")) {
      return null;
    }
    for (DescribedAntecedent.Subject subject : DescribedAntecedent.subjectsBefore(article,
        sentence, pronoun, t -> t.deprel().startsWith("nsubj") || rootNoun(t))) {
      Sentence s = subject.sentence();
      Token t = subject.token();
      boolean main = s == sentence || t.head() < 0 || DescribedAntecedent.mainClause(s, t);
      var actor = entities.actorAt(t.span());
      if (actor.isPresent()) {
        if (actor.get().type() != ActorType.PERSON && main) {
          return null;
        }
        // "… was that Yukos owed $27bn": a body named as the subject of an embedded clause
        // of an earlier sentence is what was argued, not what the next "it" is about
        continue;
      }
      Token owner = describedOwner(s, t);
      if (owner != null && main) {
        // "The Russian government's argument was that …. It accused the firm": the body
        // the main subject belongs to
        return new DescribedAntecedent.Found(s, owner, false);
      }
      if (ownedByName(s, t, entities)) {
        // "Volta's shares fell": the owner's name is a subject for the name rule
        return null;
      }
      if (!t.pos().startsWith("NN")) {
        continue;
      }
      String lemma = Clauses.lower(t.lemma());
      if (Animacy.DOCUMENTS.contains(lemma) && !ownedByIts(s, t)) {
        // "Thursday's report was drawn up by two committees. It said …": the document
        // itself may be what speaks; "its annual review" is the same body's
        return null;
      }
      if (definiteBody(s, t) && main) {
        return new DescribedAntecedent.Found(s, t, false);
      }
    }
    return null;
  }

  /**
   * "The Russian government's argument for selling the unit was that …": a noun the parser
   * made the root of a sentence whose copula it lost heads that sentence's subject.
   */
  private static boolean rootNoun(Token t) {
    return t.head() < 0 && (t.pos().equals("NN") || t.pos().equals("NNS"));
  }

  /** A singular noun for a body with "the": "the American firm", "the Indian Government". */
  private static boolean definiteBody(Sentence s, Token t) {
    String lemma = Clauses.lower(t.lemma());
    return (t.pos().equals("NN") || t.pos().equals("NNP"))
        && (BodyNominals.NOUNS.contains(lemma) || BODIES.contains(lemma))
        && s.dependents(t.index()).stream().anyMatch(d -> d.deprel().equals("det")
            && Clauses.lower(d.word()).equals("the"));
  }

  /** The definite body a subject belongs to ("the Russian government's argument"), or null. */
  private static Token describedOwner(Sentence s, Token subject) {
    for (Token d : s.dependents(subject.index())) {
      if (d.deprel().equals("nmod:poss") && definiteBody(s, d)) {
        return d;
      }
    }
    return null;
  }

  /** "Its annual review": the subject belongs to the body an earlier "it" stands for. */
  private static boolean ownedByIts(Sentence s, Token subject) {
    return s.dependents(subject.index()).stream().anyMatch(d -> d.deprel().equals("nmod:poss")
        && Clauses.lower(d.word()).equals("its"));
  }

  /** A name (an organization or country) owns the subject: "Volta's shares". */
  private static boolean ownedByName(Sentence s, Token subject, ArticleEntities entities) {
    return s.dependents(subject.index()).stream().anyMatch(d -> d.deprel().equals("nmod:poss")
        && entities.actorAt(d.span()).filter(a -> a.type() != ActorType.PERSON).isPresent());
  }
}
