package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation opened with a straight mark and closed with a curly one (or the reverse) is one. */
class MixedQuotesTest {
  private static Span span(String text, int begin, int end) {
    return new Span(begin, end, text.substring(begin, end));
  }

  private static List<Sentence> oneSentence(String text) {
    return List.of(new Sentence(0, 0, text.length(), 0, List.of()));
  }

  @Test
  void pairsMarksOfDifferentStylesAndReplacesTheSpanThatSwallowedThem() {
    String text = "The ferry's \"spare” boats and its “old hulls” stayed. \"We wait,\" "
        + "the skipper said.";
    // CoreNLP pairs the first straight mark with the next straight one
    int first = text.indexOf('"');
    int second = text.indexOf("\"We");
    Quote swallowed = new Quote(0, span(text, first, second + 1),
        span(text, first + 1, second), 0, 0, null);
    int third = text.lastIndexOf('"');
    List<Quote> repaired = MixedQuotes.repair(text, oneSentence(text), List.of(swallowed));
    assertEquals(List.of("spare", "old hulls", "We wait,"),
        repaired.stream().map(q -> q.inner().text()).toList());
    assertEquals(List.of(0, 1, 2), repaired.stream().map(Quote::index).toList());
    assertEquals("\"We wait,\"", repaired.get(2).outer().text());
    assertEquals(third + 1, repaired.get(2).outer().end());
    // repairing twice changes nothing
    assertSame(repaired, MixedQuotes.repair(text, oneSentence(text), repaired));
  }

  @Test
  void leavesArticlesWhoseMarksMatchAlone() {
    String text = "She said \"yes\" and “no” again.";
    Quote a = new Quote(0, span(text, 9, 14), span(text, 10, 13), 0, 0, null);
    List<Quote> quotes = List.of(a);
    assertSame(quotes, MixedQuotes.repair(text, oneSentence(text), quotes));
  }
}
