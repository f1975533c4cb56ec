package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The mayor, who says she is innocent, could lose her seat": a cue inside a relative clause
 * set off by commas reports what lies up to the clause's closing comma; the predicate after it,
 * with no subject of its own, is the main clause's (the mayor could lose her seat), not what
 * she says.
 */
final class RelativeClauseEnd {
  private static final Set<String> RELATIVES = Set.of("who", "which", "that");

  private RelativeClauseEnd() {}

  static ReportedClauses.Candidate cut(AnnotatedArticle article, ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    List<Token> words = c.words();
    Token cue = c.cue();
    if (words.size() < 3 || cue.index() > words.get(0).index() || !setOffRelative(s, cue)) {
      return c;
    }
    for (int i = 1; i + 1 < words.size(); i++) {
      Token next = words.get(i + 1);
      if (!words.get(i).word().equals(",") || !ReportedClauses.FINITE.contains(next.pos())) {
        continue;
      }
      Token predicate = next.deprel().startsWith("aux") || next.deprel().equals("cop")
          ? s.tokens().get(next.head()) : next;
      if (predicate.index() >= next.index() && s.dependents(predicate.index()).stream()
          .noneMatch(t -> t.deprel().startsWith("nsubj") || t.deprel().startsWith("expl"))) {
        return ReportedClauses.trimmed(article, words.subList(0, i)).map(c::withContent)
            .orElse(c);
      }
    }
    return c;
  }

  /** The cue's subject is a relative pronoun right after a comma ("…, who says"). */
  private static boolean setOffRelative(Sentence s, Token cue) {
    return s.dependents(cue.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
        && (t.pos().equals("WP") || t.pos().equals("WDT"))
        && RELATIVES.contains(Clauses.lower(t.word())) && t.index() > 0
        && s.tokens().get(t.index() - 1).word().equals(","));
  }
}
