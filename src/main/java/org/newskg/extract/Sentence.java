package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sentence: character span into the article body, its tokens, its paragraph (0-based). */
public record Sentence(int index, int begin, int end, int paragraph, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The tokens whose syntactic head is token {@code i}, in sentence order. */
  public List<Token> dependents(int i) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == i) {
        out.add(t);
      }
    }
    return out;
  }

  /** The preposition of a nominal ("with" in "talks with Russia"), lower case, or null. */
  public String preposition(int i) {
    for (Token c : dependents(i)) {
      if (c.deprel().equals("case")) {
        return c.word().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** Index of the token that covers character {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (offset >= t.begin() && offset < t.end()) {
        return t.index();
      }
    }
    return -1;
  }
}
