package org.newskg.resolve;

import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * "Nordhavn's profits tripled in the quarter. … it said": an organization whose possession
 * heads a clause's subject ("Nordhavn's profits", "Nordhavn's shares") is what the clause is
 * about, and what a following "it said" refers back to, as much as a subject that names it.
 */
final class SubjectOwners {
  private SubjectOwners() {}

  /** The name is the possessive owner of a clause's subject. */
  static boolean ownsSubject(Sentence s, Span name) {
    int i = s.tokenAt(name.end() - 1);
    if (i < 0) {
      return false;
    }
    Token owner = s.tokens().get(i);
    if (!owner.deprel().equals("nmod:poss") || owner.head() < 0) {
      return false;
    }
    Token owned = s.tokens().get(owner.head());
    return owned.deprel().startsWith("nsubj") && owned.index() > owner.index();
  }
}
