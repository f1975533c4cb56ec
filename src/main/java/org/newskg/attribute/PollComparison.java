package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * "44% said the economy was getting worse, compared to 34% who said it was improving", "32%
 * said Mr Blair was a good leader and 38% disagreed": when a share of those polled speaks,
 * another share set beside it is the writer's account of the poll, not more of what the first
 * share said; what was said ends before it.
 */
final class PollComparison {
  /** Words that join another share's own clause: "and 38% disagreed". */
  private static final Set<String> JOINS = Set.of("and", "but", "while", "whereas", "whilst");
  /** Words allowed between the setting word and the share: "compared with just 17%". */
  private static final Set<String> BEFORE_SHARE = Set.of("to", "with", "just", "only",
      "another", "a", "further", "some", "nearly", "almost", "about", "around", "over");

  private PollComparison() {}

  /** {@code content} ended before another share set beside the share that speaks. */
  static Span beforeOtherShare(AnnotatedArticle article, ReportedClauses.Candidate c,
                               Span content) {
    Sentence s = c.sentence();
    List<Token> tokens = s.tokens();
    int first = s.tokenAt(content.begin());
    int last = s.tokenAt(content.end() - 1);
    // the share opens the sentence's clause and what it said follows the cue
    if (first < 0 || last < 0 || first < c.cue().index() || !shareSpeaks(s, c.cue())) {
      return content;
    }
    for (int i = first + 1; i <= last; i++) {
      String word = Clauses.lower(tokens.get(i).word());
      String before = Clauses.lower(tokens.get(i - 1).word());
      // "compared to 34%", "as against 36%", ", with 26% against", "and 38% disagreed"
      boolean beside = word.equals("compared") || word.equals("against") && before.equals("as")
          || word.equals("with") && before.equals(",") || JOINS.contains(word);
      if (!beside) {
        continue;
      }
      int k = i + 1;
      while (k <= last && BEFORE_SHARE.contains(Clauses.lower(tokens.get(k).word()))) {
        k++;
      }
      if (k > last || !share(tokens, k)
          || JOINS.contains(word) && !ownClause(tokens, k, last)) {
        continue;
      }
      int end = word.equals("against") ? i - 2 : i - 1;
      while (end > first && (tokens.get(end).word().equals(",")
          || tokens.get(end).word().equals("-"))) {
        end--;
      }
      return ReportedClauses.trimmed(article, tokens.subList(first, end + 1)).orElse(content);
    }
    return content;
  }

  /** The cue's words before it, back to a comma or the sentence's start, hold a share. */
  private static boolean shareSpeaks(Sentence s, Token cue) {
    for (int i = cue.index() - 1; i >= 0; i--) {
      Token t = s.tokens().get(i);
      if (t.word().equals(",") && i < cue.index() - 1 || ReportedClauses.FINITE.contains(t.pos())) {
        return false;
      }
      if (share(s.tokens(), i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The share at {@code k} is a clause's subject: a verb follows it within three words
   * ("another 11% plan to").
   */
  private static boolean ownClause(List<Token> tokens, int k, int last) {
    for (int i = k + 1; i <= Math.min(last, k + 3); i++) {
      String pos = tokens.get(i).pos();
      if (pos.startsWith("VB") || pos.equals("MD") || pos.equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /** The token at {@code i} is a share: a percentage ("34%", "34 per cent") or "half" and kin. */
  private static boolean share(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String w = Clauses.lower(t.word());
    if (Shares.SHARES.contains(w) || "PERCENT".equals(t.ner())) {
      return true;
    }
    return t.pos().equals("CD") && i + 1 < tokens.size()
        && PERCENT.contains(Clauses.lower(tokens.get(i + 1).word()));
  }

  /** Words after a number that make it a percentage: "34%", "34 percent", "34 per cent". */
  private static final Set<String> PERCENT = Set.of("%", "percent", "per");
}
