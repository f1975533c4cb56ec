package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "At the rally, the treasurer said the savings were …, he told members": a closing reporting
 * clause with a pronoun for its subject, after words that hold a reporting clause of their own
 * (a person for its subject, a cue and the clause that cue reports), repeats who spoke; the
 * words it closes are the first clause's statement, not a statement of theirs said by the
 * pronoun's referent.
 */
final class DoubleReport {
  private DoubleReport() {}

  /** {@code c} closes words that another of {@code candidates} reports in full. */
  static boolean repeats(ReportedClauses.Candidate c, List<ReportedClauses.Candidate> candidates) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (cue.begin() < c.content().end() || s.dependents(cue.index()).stream()
        .noneMatch(t -> t.deprel().startsWith("nsubj") && t.pos().equals("PRP"))) {
      return false;
    }
    return candidates.stream().anyMatch(o -> o.sentence() == s && o.cue() != cue
        && o.construction() == ReportedClauses.Construction.COMPLEMENT
        && o.cue().begin() >= c.content().begin() && o.cue().end() <= c.content().end()
        && o.content().begin() >= c.content().begin() && o.content().end() <= c.content().end()
        && s.dependents(o.cue().index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
            && t.begin() >= c.content().begin() && person(t)));
  }

  /**
   * A subject the closing pronoun may stand for: a person's name, a pronoun, an office ("the
   * chancellor"); "Opinion polls suggested that …, he said" is what he said polls suggest.
   */
  private static boolean person(Token subject) {
    return "PERSON".equals(subject.ner()) || subject.pos().equals("PRP")
        || RoleNominals.NOUNS.contains(Clauses.lower(subject.lemma()));
  }
}
