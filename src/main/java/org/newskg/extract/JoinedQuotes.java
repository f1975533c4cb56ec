package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotations of several paragraphs whose paragraph breaks an archive lost: {@code He said:
 * "A. "B. "C."}. Each paragraph of the quotation began with an opening mark, so an opening mark
 * inside an open quotation, after a sentence's final punctuation and a space, starts a new
 * quotation: the one span becomes one per paragraph, as the original had them.
 *
 * <p>{@link QuoteMarks} blanks such a mark for CoreNLP (so that it pairs the other marks right),
 * which makes CoreNLP's quotation one span; this splits it afterwards, on the original text. It
 * runs on every analysis, fresh or from the {@link AnnotationCache}, and splitting twice changes
 * nothing, so entries cached before it existed read the same as new ones.
 */
final class JoinedQuotes {
  private JoinedQuotes() {}

  /** The quotes with each joined quotation split at its inner opening marks, renumbered. */
  static List<Quote> split(String text, List<Sentence> sentences, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    boolean changed = false;
    for (Quote q : quotes) {
      List<Quote> parts = splitOne(text, sentences, q);
      changed |= parts.size() > 1;
      out.addAll(parts);
    }
    if (!changed) {
      return quotes;
    }
    List<Quote> numbered = new ArrayList<>(out.size());
    for (Quote q : out) {
      numbered.add(new Quote(numbered.size(), q.outer(), q.inner(), q.sentenceFrom(),
          q.sentenceTo(), q.corenlpSpeaker()));
    }
    return numbered;
  }

  private static List<Quote> splitOne(String text, List<Sentence> sentences, Quote q) {
    List<Quote> parts = new ArrayList<>();
    int outerBegin = q.outer().begin();
    int innerBegin = q.inner().begin();
    for (int i = innerBegin + 1; i < q.inner().end() - 1; i++) {
      if (!opensParagraph(text, i)) {
        continue;
      }
      int innerEnd = i - 1;
      while (innerEnd > innerBegin && Character.isWhitespace(text.charAt(innerEnd - 1))) {
        innerEnd--;
      }
      parts.add(part(text, sentences, outerBegin, innerBegin, innerEnd, innerEnd,
          q.corenlpSpeaker()));
      outerBegin = i;
      innerBegin = i + 1;
    }
    if (parts.isEmpty()) {
      return List.of(q);
    }
    parts.add(part(text, sentences, outerBegin, innerBegin, q.inner().end(), q.outer().end(),
        q.corenlpSpeaker()));
    return parts;
  }

  /**
   * An opening mark at {@code i} that follows a sentence's end and one space on the same line
   * ({@code experience. "Six}) and is followed by a word.
   */
  private static boolean opensParagraph(String text, int i) {
    char c = text.charAt(i);
    if (c != '"' && c != '“') {
      return false;
    }
    if (text.charAt(i - 1) != ' ' || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    int before = i - 2;
    while (before >= 0 && (text.charAt(before) == '\'' || text.charAt(before) == '’'
        || text.charAt(before) == ')')) {
      before--;
    }
    return before >= 0 && ".!?".indexOf(text.charAt(before)) >= 0;
  }

  private static Quote part(String text, List<Sentence> sentences, int outerBegin,
                            int innerBegin, int innerEnd, int outerEnd,
                            CoreNlpSpeaker speaker) {
    return new Quote(-1, new Span(outerBegin, outerEnd, text.substring(outerBegin, outerEnd)),
        new Span(innerBegin, innerEnd, text.substring(innerBegin, innerEnd)),
        sentenceIndex(sentences, innerBegin), sentenceIndex(sentences, innerEnd - 1), speaker);
  }

  /** The index of the last sentence that begins at or before {@code offset} (-1: none). */
  static int sentenceIndex(List<Sentence> sentences, int offset) {
    int found = -1;
    for (Sentence s : sentences) {
      if (s.begin() <= offset) {
        found = s.index();
      }
    }
    return found;
  }
}
