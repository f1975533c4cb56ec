package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The board rejected the move because of the debt it would involve": a clause the parser hung
 * loose from the cue (parataxis, dep) that follows a noun with no punctuation between and ends
 * on its own verb, lacking the object that verb takes, is a relative clause of that noun (its
 * object is the noun), not what the cue reports.
 */
final class GappedRelative {
  /** Relations that give a verb what it takes after it. */
  private static final Set<String> TAKEN = Set.of("obj", "iobj", "ccomp", "xcomp", "obl",
      "advmod", "advcl", "parataxis", "dep", "compound:prt");

  private GappedRelative() {}

  static boolean is(Sentence s, Token clause) {
    String rel = Clauses.baseRelation(clause.deprel());
    if (!(rel.equals("parataxis") || rel.equals("dep")) || !clause.pos().startsWith("VB")
        || clause.head() < 0 || clause.index() < clause.head()) {
      return false;
    }
    int first = ReportedClauses.firstUnder(s, clause);
    int last = ReportedClauses.lastUnder(s, clause);
    // a subject of its own right after the noun ("the debt [it] would involve"); without one
    // the noun is the clause's subject ("suggested the bill could double")
    boolean ownSubject = s.dependents(clause.index()).stream().anyMatch(d ->
        d.deprel().startsWith("nsubj") && d.index() == first);
    if (first == 0 || !s.tokens().get(first - 1).pos().startsWith("NN") || !ownSubject) {
      return false;
    }
    boolean endsOnVerb = last == clause.index() || last == clause.index() + 1
        && s.tokens().get(last).pos().equals(".");
    return endsOnVerb && s.dependents(clause.index()).stream().noneMatch(d ->
        d.index() > clause.index() && TAKEN.contains(d.deprel()));
  }
}
