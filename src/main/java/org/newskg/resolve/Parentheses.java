package org.newskg.resolve;

import java.util.List;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "Rep. Ann Lee (D-Md.) said": American news puts a legislator's party and state in
 * parentheses after the name, and the parser often makes the state the head of the phrase
 * (the subject of "said") with the name hanging from it. The name is the one the clause is
 * about.
 */
public final class Parentheses {
  /** A party-and-state note is a few tokens long. */
  private static final int MAX_INSIDE = 6;

  private Parentheses() {}

  /**
   * The name right before the parentheses that hold {@code t}, when the parser hung it from
   * {@code t}; else {@code t} itself.
   */
  public static Token nameBefore(Sentence sentence, Token t) {
    List<Token> tokens = sentence.tokens();
    int open = -1;
    for (int i = t.index() - 1; i >= 0 && t.index() - i <= MAX_INSIDE; i--) {
      String w = tokens.get(i).word();
      if (w.equals(")") || w.equals("-RRB-")) {
        return t;
      }
      if (w.equals("(") || w.equals("-LRB-")) {
        open = i;
        break;
      }
    }
    if (open < 1) {
      return t;
    }
    boolean closed = false;
    for (int i = t.index() + 1; i < tokens.size() && i - open <= MAX_INSIDE + 1; i++) {
      String w = tokens.get(i).word();
      if (w.equals(")") || w.equals("-RRB-")) {
        closed = true;
        break;
      }
      if (w.equals("(") || w.equals("-LRB-")) {
        break;
      }
    }
    Token name = tokens.get(open - 1);
    return closed && name.pos().startsWith("NNP") && name.head() == t.index() ? name : t;
  }
}
