package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "Mr Ferris has failed, he claimed." / "Quotas will be cut, claims a study from X." / "…, the
 * minister has told the assembly.": a whole clause (its own subject and a finite verb) that the
 * sentence closes with nothing but a verb of saying (with its auxiliaries), its source and, for
 * a verb that names whom it addresses, the one told. The shape is reported speech whatever the
 * verb; the reported-speech model, which weighs each verb by how often PolNeAR uses it so,
 * would leave out the rare ones.
 */
final class ClosingReport {
  private ClosingReport() {}

  static boolean is(ReportedClauses.Candidate c, Set<String> reportingVerbs) {
    Sentence s = c.sentence();
    Token cue = c.cue();
    if (c.construction() != ReportedClauses.Construction.PARENTHETICAL
        || c.negated() || cue.begin() < c.content().end() || !cue.pos().startsWith("VB")
        || !reportingVerbs.contains(Clauses.lower(cue.lemma())) || !finiteClause(s, c)) {
      return false;
    }
    Token source = s.dependents(cue.index()).stream().filter(t -> {
      String relation = Clauses.baseRelation(t.deprel());
      return (relation.equals("nsubj") || relation.equals("obj")) && t.pos().startsWith("N")
          || relation.equals("nsubj") && t.pos().equals("PRP");
    }).findFirst().orElse(null);
    if (source == null) {
      return false;
    }
    // "…, the first minister has told the assembly.": the verb's auxiliary, and the one told
    Token addressee = !ADDRESSED.contains(Clauses.lower(cue.lemma())) ? null
        : s.dependents(cue.index()).stream().filter(t -> t != source
            && (t.deprel().equals("obj") || t.deprel().equals("iobj"))).findFirst().orElse(null);
    for (Token t : s.tokens()) {
      if (t.end() <= c.content().end() || t == cue || isPunctuation(t)
          || t.head() == cue.index() && t.deprel().startsWith("aux")) {
        continue;
      }
      if (!within(s, t, source) && !within(s, t, addressee)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code t} is {@code phrase}'s head or one of its words. */
  private static boolean within(Sentence s, Token t, Token phrase) {
    return phrase != null && (t == phrase || Clauses.hangsFrom(s, t, phrase, 6));
  }

  /** Verbs of saying that name whom they address ("has told the assembly"). */
  private static final Set<String> ADDRESSED = Set.of("tell", "inform", "assure", "remind");

  private static boolean finiteClause(Sentence s, ReportedClauses.Candidate c) {
    boolean finite = false;
    boolean subject = false;
    for (Token t : s.tokens()) {
      if (Clauses.inside(c.content(), t)) {
        finite |= Clauses.FINITE_OR_MODAL.contains(t.pos());
        subject |= t.deprel().startsWith("nsubj") && t.head() >= 0
            && Clauses.inside(c.content(), s.tokens().get(t.head()));
      }
    }
    return finite && subject;
  }

  private static boolean isPunctuation(Token t) {
    return t.pos().equals(".") || t.pos().equals(",") || t.pos().equals("''")
        || t.pos().equals("``") || t.pos().equals(":");
  }
}
