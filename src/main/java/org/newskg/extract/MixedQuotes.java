package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Quotations whose opening and closing marks differ in style ({@code "work-related”}, {@code
 * “… the FBI,"}): web copy mixes straight and curly marks, and CoreNLP pairs a straight mark
 * only with another straight one, so one such quotation swallows the text up to the next
 * straight mark, the quotations in it included. {@link QuoteMarks} pairs marks by their
 * direction, not their style; from the first quotation of mixed style on, the quotations are
 * those pairs: CoreNLP's spans that match a pair are kept (with its speaker), the ones that
 * cross or swallow a pair are replaced by the pairs.
 *
 * <p>It reads the original text only, so it runs on every analysis, fresh or from the {@link
 * AnnotationCache}, and repairing twice changes nothing.
 */
final class MixedQuotes {
  private MixedQuotes() {}

  /** The quotes with those of mixed style paired again, renumbered when anything changed. */
  static List<Quote> repair(String text, List<Sentence> sentences, List<Quote> quotes) {
    List<QuoteMarks.Pair> pairs = QuoteMarks.prepare(text).pairs();
    int from = -1;
    for (QuoteMarks.Pair p : pairs) {
      if (straight(text.charAt(p.open())) != straight(text.charAt(p.close()))
          && curlyOrStraight(text.charAt(p.open())) && curlyOrStraight(text.charAt(p.close()))) {
        from = p.open();
        break;
      }
    }
    if (from < 0) {
      return quotes;
    }
    int start = from;
    List<QuoteMarks.Pair> region = pairs.stream().filter(p -> p.open() >= start).toList();
    List<Quote> out = new ArrayList<>();
    boolean changed = false;
    for (Quote q : quotes) {
      boolean matches = region.stream().anyMatch(p -> p.open() == q.outer().begin()
          && p.end() == q.outer().end());
      boolean overlaps = region.stream().anyMatch(p -> p.open() < q.outer().end()
          && q.outer().begin() < p.end());
      if (matches || !overlaps) {
        out.add(q);
      } else {
        changed = true;
      }
    }
    for (QuoteMarks.Pair p : region) {
      boolean covered = out.stream().anyMatch(q -> q.outer().begin() < p.end()
          && p.open() < q.outer().end());
      if (covered) {
        continue;
      }
      Quote q = quote(text, sentences, p);
      if (q != null) {
        out.add(q);
        changed = true;
      }
    }
    if (!changed) {
      return quotes;
    }
    out.sort(Comparator.comparingInt(q -> q.outer().begin()));
    List<Quote> numbered = new ArrayList<>(out.size());
    for (Quote q : out) {
      numbered.add(new Quote(numbered.size(), q.outer(), q.inner(), q.sentenceFrom(),
          q.sentenceTo(), q.corenlpSpeaker()));
    }
    return numbered;
  }

  private static boolean straight(char c) {
    return c == '"';
  }

  private static boolean curlyOrStraight(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„';
  }

  /** The quotation of one pair: the words between the marks, edge blanks left out. */
  private static Quote quote(String text, List<Sentence> sentences, QuoteMarks.Pair p) {
    int innerBegin = p.open() + p.openLength();
    int innerEnd = p.close();
    while (innerBegin < innerEnd && Character.isWhitespace(text.charAt(innerBegin))) {
      innerBegin++;
    }
    while (innerEnd > innerBegin && Character.isWhitespace(text.charAt(innerEnd - 1))) {
      innerEnd--;
    }
    if (innerEnd <= innerBegin) {
      return null;
    }
    return new Quote(-1, new Span(p.open(), p.end(), text.substring(p.open(), p.end())),
        new Span(innerBegin, innerEnd, text.substring(innerBegin, innerEnd)),
        JoinedQuotes.sentenceIndex(sentences, innerBegin),
        JoinedQuotes.sentenceIndex(sentences, innerEnd - 1), null);
  }
}
