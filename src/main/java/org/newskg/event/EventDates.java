package org.newskg.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimeExpression;

/**
 * Resolves a time expression to a day against the publication date. News names days of the
 * current week by weekday: "on Thursday" in a Friday paper is yesterday unless the verb is in
 * the future ("will meet on Tuesday"). SUTime resolves weekdays to the coming week, so weekday
 * names are resolved here; everything else ("March 2", "yesterday") keeps SUTime's value.
 */
final class EventDates {
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern NAMES_A_DAY = Pattern.compile(
      "\\d|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight"
          + "|yesterday|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)");
  private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private final LocalDate published;

  EventDates(LocalDate published) {
    this.published = published;
  }

  /** The publication day, or null when the article has none. */
  LocalDate published() {
    return published;
  }

  static LocalDate parsePublished(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The day the expression names, or empty when it names no single day. */
  Optional<LocalDate> resolve(TimeExpression t, boolean future) {
    if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
      return Optional.empty();
    }
    String text = t.span().text().toLowerCase(Locale.ROOT);
    if (!NAMES_A_DAY.matcher(text).find()) {
      return Optional.empty();  // "hours later", "now", "this week": SUTime anchors them to today
    }
    Matcher weekday = WEEKDAY.matcher(text);
    if (weekday.find() && published != null && !text.matches(".*\\d.*")) {
      DayOfWeek dow = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
      boolean next = future || text.contains("next") || text.contains("coming");
      boolean last = text.contains("last");
      return Optional.of(weekday(dow, next && !last));
    }
    if (t.value() == null) {
      return Optional.empty();
    }
    Matcher day = DAY.matcher(t.value());
    if (!day.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(day.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The nearest {@code dow} on or before the publication day, or after it for the future. */
  LocalDate weekday(DayOfWeek dow, boolean future) {
    int pub = published.getDayOfWeek().getValue();
    int want = dow.getValue();
    if (future) {
      int ahead = (want - pub + 7) % 7;
      return published.plusDays(ahead == 0 ? 7 : ahead);
    }
    return published.minusDays((pub - want + 7) % 7);
  }
}
