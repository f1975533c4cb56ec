package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * "said there could be several reasons for the fall, which include loans, while noting that
 * such figures vary": a participle of saying after a comma and "while" is the speaker's next
 * act (or the writer's account of it), wherever the parser hung it; what was said ends before
 * it.
 */
final class SecondCueParticiple {
  /** Words that join a participle of saying on: "while noting", "whilst stressing". */
  private static final Set<String> JOINS = Set.of("while", "whilst");

  private SecondCueParticiple() {}

  /** {@code content} ended before such a participle, or as it is. */
  static Span before(AnnotatedArticle article, ReportedClauses.Candidate c, Span content,
                     Set<String> verbs) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    if (first < 0 || last < 0) {
      return content;
    }
    for (int i = first + 2; i < last; i++) {
      Token participle = tokens.get(i + 1);
      if (tokens.get(i - 1).word().equals(",")
          && JOINS.contains(Clauses.lower(tokens.get(i).word()))
          && participle.pos().equals("VBG")
          && verbs.contains(Clauses.lower(participle.lemma()))) {
        return ReportedClauses.trimmed(article, tokens.subList(first, i - 1)).orElse(content);
      }
    }
    return content;
  }
}
