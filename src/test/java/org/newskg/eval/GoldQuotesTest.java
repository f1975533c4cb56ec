package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The JSON lines `eval --quotes-out` and `--statements-out` write. */
class GoldQuotesTest {
  @Test
  void anAttributedStatementGivesItsRuleAndConfidence() {
    JsonObject o = JSON.parse(GoldQuotes.toJsonLine(new QuoteScorer.SystemStatement(
        "harbor-news-1", "The ferries will keep running,", "Tomas Berg", List.of("Nordvik"),
        "direct", "reporting-clause", 0.97)));
    assertEquals("Tomas Berg", o.get("speaker").getAsString().value());
    assertEquals("direct", o.get("kind").getAsString().value());
    assertEquals("reporting-clause", o.get("rule").getAsString().value());
    assertEquals(0.97, o.get("confidence").getAsNumber().value().doubleValue(), 1e-9);
  }

  @Test
  void aStatementWithoutSpeakerHasNeither() {
    JsonObject o = JSON.parse(GoldQuotes.toJsonLine(new QuoteScorer.SystemStatement(
        "harbor-news-1", "no-contact", null, List.of(), "term")));
    assertFalse(o.hasKey("rule"));
    assertFalse(o.hasKey("confidence"));
    assertEquals("term", o.get("kind").getAsString().value());
  }
}
