package org.newskg.extract;

import java.util.List;

/** A sentence: character span into the article body, its tokens, its paragraph (0-based). */
public record Sentence(int index, int begin, int end, int paragraph, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
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
