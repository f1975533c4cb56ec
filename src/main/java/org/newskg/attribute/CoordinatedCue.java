package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "Ms Berg said the crew had been trying for weeks to reach the island, and added that …": a
 * verb of saying coordinated without a subject of its own goes with the verb of saying before
 * it, even where the parser hung it on a verb inside that verb's reported clause ("trying");
 * both share the outer verb's subject, not the reported clause's.
 */
final class CoordinatedCue {
  private CoordinatedCue() {}

  /**
   * The subject of the verb of saying whose reported clause holds the verb {@code cue} is
   * coordinated with, when {@code cue} has no subject of its own; else null.
   */
  static Token speaker(Sentence sentence, Token cue, Quote quote, Set<String> reportingVerbs) {
    if (!cue.deprel().equals("conj") || !cue.pos().startsWith("VB") || cue.head() < 0
        || sentence.dependents(cue.index()).stream()
            .anyMatch(t -> t.deprel().startsWith("nsubj"))) {
      return null;
    }
    Token partner = sentence.tokens().get(cue.head());
    if (reporting(partner, reportingVerbs) && !finiteAfterBare(cue, partner)) {
      // "said A and added B" parsed as such: the usual path finds the subject
      return null;
    }
    // "The market is improving, Eurotunnel said, but warned that …": a reporting clause set
    // off inside the partner's clause, before the cue, is the one the cue goes on with
    for (Token aside : sentence.dependents(partner.index())) {
      if (aside.index() > partner.index() && aside.index() < cue.index()
          && reporting(aside, reportingVerbs)
          && sentence.tokens().get(aside.index() + 1).word().equals(",")) {
        Token subject = sentence.dependents(aside.index()).stream()
            .filter(t -> t.deprel().equals("nsubj") && t.index() < aside.index()
                && firstOf(sentence, t) > 0
                && sentence.tokens().get(firstOf(sentence, t) - 1).word().equals(","))
            .findFirst().orElse(null);
        if (subject != null) {
          return subject;
        }
      }
    }
    // up from the partner to the verb of saying whose complement holds it
    Token current = partner;
    for (int hops = 0; hops < 8 && current.head() >= 0; hops++) {
      Token head = sentence.tokens().get(current.head());
      boolean complement = Clauses.baseRelation(current.deprel()).equals("ccomp");
      if (complement && reporting(head, reportingVerbs) && head.index() < cue.index()) {
        Token subject = Clauses.subjectOf(sentence, head, quote);
        return subject != null && subject.index() < head.index() ? subject : null;
      }
      current = head;
    }
    return null;
  }

  /**
   * "said the country would declare … and suggested that …": a verb in the past or present
   * tense is no conjunct of a bare verb after a modal or "to", whatever the parser says; it
   * goes with a finite verb further up.
   */
  private static boolean finiteAfterBare(Token cue, Token partner) {
    return (cue.pos().equals("VBD") || cue.pos().equals("VBZ")) && partner.pos().equals("VB");
  }

  /** The index of the first word of {@code t}'s phrase before it (its compounds and such). */
  private static int firstOf(Sentence sentence, Token t) {
    int first = t.index();
    while (first > 0 && sentence.tokens().get(first - 1).head() == t.index()) {
      first--;
    }
    return first;
  }

  private static boolean reporting(Token t, Set<String> reportingVerbs) {
    return t.pos().startsWith("VB") && reportingVerbs.contains(Clauses.lower(t.lemma()));
  }
}
