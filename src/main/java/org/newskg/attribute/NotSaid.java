package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * Clauses the reported-speech model admitted whose cue, read in its sentence, reports nothing
 * said. Decided after the model, so that its training candidates stay as the cues' constructions
 * give them.
 */
final class NotSaid {
  /** Verbs that say something was not so: what their complement reports was not said. */
  private static final Set<String> DENYING = ImmutableSet.of("deny", "refute", "dispute",
      "reject");

  private NotSaid() {}

  /** Any of the reasons below. */
  static boolean any(ReportedClauses.Candidate c) {
    return addedTo(c) || denied(c);
  }

  /**
   * "prices rose faster, adding to concern that inflation could …": "add to" a noun is to
   * increase it; the clause is the noun's, not something added in words.
   */
  static boolean addedTo(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (!Clauses.lower(cue.lemma()).equals("add")) {
      return false;
    }
    return s.dependents(cue.index()).stream().anyMatch(n -> n.deprel().startsWith("obl")
        && n.index() > cue.index() && n.end() <= c.content().begin()
        && !n.pos().equals("PRP") && !"PERSON".equals(n.ner())
        && s.dependents(n.index()).stream()
            .anyMatch(p -> p.deprel().equals("case") && Clauses.lower(p.word()).equals("to")));
  }

  /**
   * "she denied accusing France of using the treaty": a verb of saying that a verb of denial
   * governs is what the subject denies having said.
   */
  static boolean denied(ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (cue.head() < 0 || !cue.pos().startsWith("VB")) {
      return false;
    }
    Token governor = s.tokens().get(cue.head());
    String rel = Clauses.baseRelation(cue.deprel());
    // "rejected the request, saying …": a participle set off by a comma is a statement of its own
    if (cue.index() > 0 && s.tokens().get(cue.index() - 1).word().equals(",")) {
      return false;
    }
    return governor.pos().startsWith("VB") && DENYING.contains(Clauses.lower(governor.lemma()))
        && (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("dep")
            || rel.equals("obj"));
  }
}
