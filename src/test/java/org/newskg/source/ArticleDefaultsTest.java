package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleDefaultsTest {
  @Test
  void keepsDateAndDateTime() {
    assertEquals("2025-03-07", new ArticleDefaults("P", "2025-03-07").published());
    assertEquals("2025-03-07T12:11:58",
        new ArticleDefaults("P", "2025-03-07T12:11:58").published());
  }

  @Test
  void normalizesSpaceToT() {
    ArticleDefaults d = new ArticleDefaults(" The Daily ", "2025-03-07 12:11:58");
    assertEquals("2025-03-07T12:11:58", d.published());
    assertEquals("The Daily", d.publisher());
  }

  @Test
  void nullAndBlankMeanNone() {
    ArticleDefaults d = new ArticleDefaults("  ", " ");
    assertNull(d.publisher());
    assertNull(d.published());
    assertNull(new ArticleDefaults(null, null).published());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-30", "2025-13-01", "07/03/2025", "March 7, 2025",
      "2025-03-07T25:00:00", "2025-03-07T12:61:00", "2025-3-7", "20250307", "yesterday",
      "2025-03-07T12:11:58 extra"})
  void rejectsInvalidDates(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ArticleDefaults("P", value));
    assertTrue(e.getMessage().contains("\"" + value + "\""), e.getMessage());
    assertTrue(e.getMessage().contains("yyyy-MM-dd"), e.getMessage());
  }

  @Test
  void calendarErrorSaysWhy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ArticleDefaults(null, "2025-02-30"));
    assertTrue(e.getMessage().contains("FEBRUARY 30"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
      "2025-03-07T12:11:58Z, 2025-03-07T12:11:58",
      "2025-03-07T12:11:58+01:00, 2025-03-07T12:11:58",
      "2025-03-07T23:30:00-05:00, 2025-03-07T23:30:00",
      "2025-03-07T12:11:58.123Z, 2025-03-07T12:11:58",
      "2025-03-07T12:11, 2025-03-07T12:11:00",
      "2025-03-07T12:11:58.5, 2025-03-07T12:11:58",
      "2025-03-07T12:11:58+01:00[Europe/Paris], 2025-03-07T12:11:58",
      "2025-03-07 12:11:58Z, 2025-03-07T12:11:58"})
  void instantsAndOffsetsBecomeLocalWallClock(String in, String out) {
    assertEquals(out, PublishedDates.normalize(in));
  }
}
