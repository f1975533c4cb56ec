package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote marks normalized for CoreNLP without moving an offset. */
class QuoteMarksTest {
  private static QuoteMarks prepare(String text) {
    QuoteMarks m = QuoteMarks.prepare(text);
    assertEquals(text.length(), m.text().length(), "offsets must not move");
    return m;
  }

  @Test
  void doubledSingleQuoteOpeningBecomesBackticks() {
    QuoteMarks m = prepare("''We will wait,'' she said. It's John's ''plan''.");
    assertEquals("``We will wait,'' she said. It's John's ``plan''.", m.text());
    assertEquals(List.of(), m.orphans());
  }

  @Test
  void balancedMarksAreLeftAlone() {
    String text = "“A,” he said. \"B,\" she said. ``C,'' they said.\n“D.”";
    assertEquals(text, prepare(text).text());
  }

  @Test
  void continuingParagraphLosesItsOpeningMark() {
    QuoteMarks m = prepare("“First part.\n“Second part,” he said.");
    assertEquals("“First part.\n Second part,” he said.", m.text());
    assertEquals(List.of(), m.orphans());
  }

  @Test
  void unclosedMarkIsBlankedAndReportedToItsParagraphEnd() {
    String text = "\"Never closed, the pilot said.  \nPlain text.\n\"Closed,\" he said.";
    QuoteMarks m = prepare(text);
    assertTrue(m.text().startsWith(" Never closed"), m.text());
    assertTrue(m.text().endsWith("\"Closed,\" he said."), m.text());
    assertEquals(1, m.orphans().size());
    Span orphan = m.orphans().get(0);
    assertEquals(0, orphan.begin());
    assertEquals("\"Never closed, the pilot said.", orphan.text());
  }

  @Test
  void reopeningInsideAQuoteIsAContinuation() {
    // a paragraph break lost in the archive: the continuation mark sits mid-paragraph
    QuoteMarks m = prepare("He said: \"It is late. \"We must act now.\" Then he left.");
    assertEquals("He said: \"It is late.  We must act now.\" Then he left.", m.text());
    assertEquals(List.of(), m.orphans());
  }

  @Test
  void strayClosingMarkIsBlanked() {
    QuoteMarks m = prepare("It ended” there. “Then this,” she said.");
    assertEquals("It ended  there. “Then this,” she said.", m.text());
  }

  @Test
  void unclosedMarkAtTheEndOfTheText() {
    QuoteMarks m = prepare("He said: “No more");
    assertEquals("He said:  No more", m.text());
    assertEquals("“No more", m.orphans().get(0).text());
  }
}
