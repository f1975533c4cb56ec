package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;

/**
 * "As the Tory leader declared", "the BBC chairman said": the one person at the head of a named
 * body speaks as that person, not as the body (as "a party spokesman" or "an M&S official"
 * does). When the article does not name the head with that title, the description stands.
 */
final class BodyHeads {
  /** Offices one person holds at a time at the head of an organization. */
  private static final Set<String> HEADS = Set.of("leader", "chairman", "chairwoman",
      "chairperson", "chair", "president", "boss", "chief", "head");

  private BodyHeads() {}

  /**
   * {@code subject} is "the" head of {@code body} (an organization, not a country: "the French
   * president" is a country's voice in news).
   */
  static boolean headOf(Sentence sentence, Token subject, Actor body) {
    return body.type() == ActorType.ORGANIZATION
        && HEADS.contains(Clauses.lower(subject.lemma()))
        && sentence.dependents(subject.index()).stream().anyMatch(t ->
            t.deprel().equals("det") && Clauses.lower(t.word()).equals("the"));
  }
}
