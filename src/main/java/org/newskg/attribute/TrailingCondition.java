package org.newskg.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The authority has warned it will close the pier if repairs fail": a condition right after a
 * reported clause that says what will, would or could happen is the condition of that
 * outcome, part of what was said, though the parser hung it from the verb of saying; so is a
 * reason right after any reported clause ("said officers stopped him because they were
 * searching for another man"). It runs to its first dash, semicolon or colon.
 */
final class TrailingCondition {
  private static final Set<String> CONDITIONS = Set.of("if", "unless");
  private static final Set<String> REASONS = Set.of("because");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might",
      "can", "'ll", "'d");
  private static final Set<String> SEPARATORS = Set.of("-", "--", "–", "—", ";", ":");

  private TrailingCondition() {}

  static ReportedClauses.Candidate extend(AnnotatedArticle article,
                                          ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    List<Token> words = c.words();
    if (words.size() < 2 || c.cue().index() > words.get(0).index()) {
      return c;
    }
    Token last = words.get(words.size() - 1);
    if (last.index() + 1 >= s.tokens().size()) {
      return c;
    }
    Token mark = s.tokens().get(last.index() + 1);
    String subordinator = Clauses.lower(mark.word());
    if (!CONDITIONS.contains(subordinator) && !REASONS.contains(subordinator)
        || !mark.deprel().equals("mark") || mark.head() <= mark.index()) {
      return c;
    }
    Token condition = s.tokens().get(mark.head());
    boolean outcome = REASONS.contains(subordinator) || words.stream().anyMatch(t ->
        t.deprel().startsWith("aux") && MODALS.contains(Clauses.lower(t.word())));
    if (!outcome || !Clauses.baseRelation(condition.deprel()).equals("advcl")
        || condition.head() != c.cue().index()) {
      return c;
    }
    // the condition's own words, up to a mark that sets off another clause
    List<Token> kept = new ArrayList<>(words);
    for (Token t : s.tokens().subList(mark.index(), s.tokens().size())) {
      if (!ReportedClauses.under(s, t, condition) || SEPARATORS.contains(t.word())) {
        break;
      }
      kept.add(t);
    }
    return ReportedClauses.trimmed(article, kept).map(c::withContent).orElse(c);
  }
}
