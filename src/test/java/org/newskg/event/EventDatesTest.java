package org.newskg.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Span;
import org.newskg.extract.TimeExpression;

/** Weekdays, month ends and expressions that name no day, against a publication date. */
class EventDatesTest {
  /** Saturday 1 March 2025: "Friday" is the last day of February. */
  private final EventDates saturdayFirstOfMarch = new EventDates(LocalDate.of(2025, 3, 1));

  private static TimeExpression time(String text, String sutimeValue) {
    return new TimeExpression(new Span(0, text.length(), text), 0, "DATE", sutimeValue);
  }

  private Optional<LocalDate> past(String text, String value) {
    return saturdayFirstOfMarch.resolve(time(text, value), false);
  }

  @Test
  void weekdaysInThePastCrossTheMonthEnd() {
    // SUTime puts bare weekdays in the coming week; news means the one just past
    assertEquals(LocalDate.of(2025, 2, 28), past("Friday", "2025-03-07").orElseThrow());
    assertEquals(LocalDate.of(2025, 2, 27), past("late Thursday", "2025-03-06").orElseThrow());
    assertEquals(LocalDate.of(2025, 2, 24), past("on Monday", "2025-03-03").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 1), past("Saturday", "2025-03-01").orElseThrow());
  }

  @Test
  void weekdaysToComeAreInTheNextWeek() {
    assertEquals(LocalDate.of(2025, 3, 3),
        saturdayFirstOfMarch.resolve(time("Monday", "2025-03-03"), true).orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 8),
        saturdayFirstOfMarch.resolve(time("Saturday", "2025-03-01"), true).orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 4),
        past("next Tuesday", "2025-03-04").orElseThrow());
  }

  @Test
  void leapYearsAndYearEnds() {
    EventDates newYearsDay2025 = new EventDates(LocalDate.of(2025, 1, 1));  // a Wednesday
    assertEquals(LocalDate.of(2024, 12, 30),
        newYearsDay2025.resolve(time("Monday", "2025-01-06"), false).orElseThrow());
    EventDates firstOfMarch2024 = new EventDates(LocalDate.of(2024, 3, 1));  // a Friday
    assertEquals(LocalDate.of(2024, 2, 29),
        firstOfMarch2024.resolve(time("Thursday", "2024-03-07"), false).orElseThrow());
  }

  @Test
  void datesSutimeResolvedAreKept() {
    assertEquals(LocalDate.of(2025, 2, 12), past("Feb. 12", "2025-02-12").orElseThrow());
    assertEquals(LocalDate.of(2025, 2, 28), past("yesterday", "2025-02-28").orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 1), past("Saturday morning", "2025-03-01TMO")
        .orElseThrow());
  }

  @Test
  void expressionsThatNameNoDayGiveNone() {
    assertTrue(past("last month", "2025-02").isEmpty());
    assertTrue(past("this week", "2025-W09").isEmpty());
    assertTrue(past("hours later", "2025-03-01").isEmpty(), "SUTime anchors it to today");
    assertTrue(past("in 2014", "2014").isEmpty());
    assertTrue(saturdayFirstOfMarch.resolve(
        new TimeExpression(new Span(0, 7, "3 years"), 0, "DURATION", "P3Y"), false).isEmpty());
  }

  @Test
  void withoutAPublicationDateWeekdaysNameNoDay() {
    EventDates undated = new EventDates(null);
    assertTrue(undated.resolve(time("Thursday", "XXXX-WXX-4"), false).isEmpty());
    assertEquals(LocalDate.of(1870, 5, 14),
        undated.resolve(time("14 May, 1870", "1870-05-14"), false).orElseThrow());
  }
}
