package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The ministry says they were freed after the government promised they would not …", "the
 * paper said the minister had caused uproar when he said …": a clause of time, cause or
 * condition joined to the reported clause without a comma is part of what was said, though its
 * own verb reports a statement of its own (which is found from that verb as well). Set off by a
 * comma ("…, after Y said that …") it is the writer's.
 */
final class BoundCircumstance {
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because",
      "since", "until", "unless", "if", "once", "when");

  private BoundCircumstance() {}

  static boolean is(Sentence s, Token clause) {
    // "repeated what a great man X was before again sneering that …": without a subject of its
    // own the clause is the speaker's next act, not part of what was said
    if (s.dependents(clause.index()).stream().noneMatch(t -> t.deprel().startsWith("nsubj"))) {
      return false;
    }
    for (Token m : s.dependents(clause.index())) {
      // ("when" the parser makes the clause's adverb)
      if ((m.deprel().equals("mark") || m.deprel().equals("advmod")
          && Clauses.lower(m.word()).equals("when")) && m.index() < clause.index()
          && SUBORDINATORS.contains(Clauses.lower(m.word()))) {
        return m.index() > 0 && !s.tokens().get(m.index() - 1).word().equals(",");
      }
    }
    return false;
  }
}
