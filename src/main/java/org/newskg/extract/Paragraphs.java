package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph numbers of sentences. A paragraph is a line with text: blank lines between
 * paragraphs (most publishers' house style) do not count, so "the previous paragraph" is the
 * previous one a reader sees, whether or not the text separates paragraphs by an empty line.
 */
public final class Paragraphs {
  private Paragraphs() {}

  /** The sentences, in order, each with its 0-based paragraph among the lines with text. */
  public static List<Sentence> number(String text, List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    int paragraph = 0;
    boolean textSinceBreak = false;
    int counted = 0;
    for (Sentence s : sentences) {
      for (; counted < s.begin() && counted < text.length(); counted++) {
        char c = text.charAt(counted);
        if (c == '\n') {
          if (textSinceBreak) {
            paragraph++;
          }
          textSinceBreak = false;
        } else if (!Character.isWhitespace(c)) {
          textSinceBreak = true;
        }
      }
      // the sentence itself is text of its paragraph
      textSinceBreak = true;
      out.add(s.paragraph() == paragraph ? s
          : new Sentence(s.index(), s.begin(), s.end(), paragraph, s.tokens()));
    }
    return out;
  }
}
