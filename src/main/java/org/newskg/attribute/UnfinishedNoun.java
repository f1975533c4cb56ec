package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "told the paper there would be no "Las Vegas-style" super-casinos": a content that ends on a
 * noun's modifier (a quoted one, where the parser loses the clause) leaves out the noun it
 * modifies; a sentence's words do not stop between the two, so the content takes that noun.
 */
final class UnfinishedNoun {
  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nummod", "det");
  private static final Set<String> CUES_OWN = Set.of("nsubj", "obj", "iobj", "obl", "expl");

  private UnfinishedNoun() {}

  static ReportedClauses.Candidate extend(AnnotatedArticle article, ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    List<Token> words = c.words();
    if (words.isEmpty()) {
      return c;
    }
    Token last = words.get(words.size() - 1);
    List<Token> tokens = s.tokens();
    int next = last.index() + 1;
    // (a closing mark of a quotation the content ends with: "no "Las Vegas-style" super-casinos")
    while (next < tokens.size() && tokens.get(next).pos().equals("''")) {
      next++;
    }
    Token modifier = last.pos().equals("''") && last.index() > 0 ? tokens.get(last.index() - 1)
        : last;
    if (next >= tokens.size() || next == c.cue().index() || modifier.head() != next
        || !MODIFIERS.contains(Clauses.baseRelation(modifier.deprel()))
        || !tokens.get(next).pos().startsWith("NN") || cuesOwn(s, tokens.get(next), c.cue())) {
      return c;
    }
    List<Token> extended = tokens.subList(words.get(0).index(), next + 1);
    return ReportedClauses.trimmed(article, extended).map(c::withContent).orElse(c);
  }

  /** Whether {@code t} belongs to the cue's own words: its subject, object or addressee. */
  private static boolean cuesOwn(Sentence s, Token t, Token cue) {
    return s.dependents(cue.index()).stream()
        .filter(d -> CUES_OWN.contains(Clauses.baseRelation(d.deprel())))
        .anyMatch(d -> ReportedClauses.under(s, t, d));
  }
}
