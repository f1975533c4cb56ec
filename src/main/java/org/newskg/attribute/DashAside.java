package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The council spent a great deal - too much, residents argue - on new signs": a reporting
 * clause inside an aside set off by a pair of dashes reports only what the aside holds; the
 * content starts after the opening dash, not at the start of the writer's sentence.
 */
final class DashAside {
  private static final Set<String> DASHES = Set.of("-", "--", "–", "—");

  private DashAside() {}

  static ReportedClauses.Candidate cut(AnnotatedArticle article, ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    List<Token> words = c.words();
    Token cue = c.cue();
    if (words.size() < 3 || words.get(words.size() - 1).index() > cue.index()) {
      return c;
    }
    // the closing dash: after the cue, before anything but the cue's own reporting clause
    boolean closed = false;
    for (Token t : s.tokens().subList(cue.index() + 1, s.tokens().size())) {
      if (dash(article, t)) {
        closed = true;
        break;
      }
      if (!ReportedClauses.under(s, t, cue) && !t.pos().equals(",")) {
        break;
      }
    }
    if (!closed) {
      return c;
    }
    for (int i = words.size() - 2; i >= 1; i--) {
      if (dash(article, words.get(i))) {
        return ReportedClauses.trimmed(article, words.subList(i + 1, words.size()), 2)
            .map(c::withContent).orElse(c);
      }
    }
    return c;
  }

  /** A dash between spaces, not the hyphen of a compound ("death-bed"). */
  private static boolean dash(AnnotatedArticle article, Token t) {
    String text = article.text();
    return DASHES.contains(t.word()) && t.begin() > 0 && t.end() < text.length()
        && Character.isWhitespace(text.charAt(t.begin() - 1))
        && Character.isWhitespace(text.charAt(t.end()));
  }
}
