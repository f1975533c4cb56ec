package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation of several paragraphs joined into one line is one quotation per paragraph. */
class JoinedQuotesTest {
  private static Span span(String text, int begin, int end) {
    return new Span(begin, end, text.substring(begin, end));
  }

  /** One sentence per full stop, enough for the sentence indices. */
  private static List<Sentence> sentences(String text, int... ends) {
    List<Sentence> out = new java.util.ArrayList<>();
    int begin = 0;
    for (int end : ends) {
      out.add(new Sentence(out.size(), begin, end, 0, List.of()));
      begin = end + 1;
    }
    return out;
  }

  @Test
  void splitsAtAnOpeningMarkAfterASentenceEnd() {
    String text = "The harbourmaster said: \"The pier is closed. \"Boats must wait!\" It rained.";
    int open = text.indexOf('"');
    int close = text.lastIndexOf('"');
    Quote joined = new Quote(0, span(text, open, close + 1), span(text, open + 1, close), 0, 1,
        null);
    List<Sentence> sentences = sentences(text, text.indexOf("closed.") + 7,
        text.indexOf("wait!") + 6, text.length());
    List<Quote> parts = JoinedQuotes.split(text, sentences, List.of(joined));
    assertEquals(2, parts.size());
    assertEquals("The pier is closed.", parts.get(0).inner().text());
    assertEquals("\"The pier is closed.", parts.get(0).outer().text());
    assertEquals("Boats must wait!", parts.get(1).inner().text());
    assertEquals("\"Boats must wait!\"", parts.get(1).outer().text());
    assertEquals(List.of(0, 1), parts.stream().map(Quote::index).toList());
    assertEquals(0, parts.get(0).sentenceTo());
    assertEquals(1, parts.get(1).sentenceFrom());
    // splitting again changes nothing: cached analyses read the same as new ones
    assertEquals(parts, JoinedQuotes.split(text, sentences, parts));
  }

  @Test
  void leavesAQuoteWithinAQuoteAndAnOrdinaryQuoteAlone() {
    String text = "She said: \"He told me: \"Go home\" and I did.\"";
    Quote q = new Quote(0, span(text, 10, text.length()), span(text, 11, text.length() - 1), 0,
        0, null);
    List<Quote> quotes = List.of(q);
    assertSame(quotes, JoinedQuotes.split(text, sentences(text, text.length()), quotes));
  }
}
