package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/** Hand-made parses for rule tests that need a parse the parser does not give our sentences. */
public final class ParsedSentences {
  private ParsedSentences() {}

  /** A sentence from "word/lemma/POS/head/relation" tokens, one space between words. */
  public static Sentence parse(String... tokens) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String spec : tokens) {
      String[] f = spec.split("/");
      out.add(new Token(out.size(), at, at + f[0].length(), f[0], f[1], f[2], "O",
          Integer.parseInt(f[3]), f[4]));
      at += f[0].length() + 1;
    }
    return new Sentence(0, 0, at - 1, 0, out);
  }
}
