package org.newskg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Normalizes publication dates to the two forms {@link Article#published()} allows:
 * {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ss}.
 */
public final class PublishedDates {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // seconds and fractions optional; a space instead of 'T' is what SQL dumps and the corpus use
  private static final Pattern LOCAL_DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?");
  private static final Pattern ZONED_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].+");
  private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private PublishedDates() {
  }

  /**
   * Returns the date as {@code yyyy-MM-dd}, or the date-time as local {@code yyyy-MM-ddTHH:mm:ss}
   * (fractions of a second dropped). An instant or offset date-time keeps the wall-clock time it
   * states and drops the offset: a news time is read as the publisher's local time. Null or blank
   * gives null.
   *
   * @throws IllegalArgumentException when the value is none of these, or not a real calendar
   *                                  date or time (2025-02-30, 25:00)
   */
  public static String normalize(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      if (DATE.matcher(v).matches()) {
        return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE).toString();
      }
      if (LOCAL_DATE_TIME.matcher(v).matches()) {
        LocalDateTime t = LocalDateTime.parse(v.replace(' ', 'T'),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return OUT.format(t.truncatedTo(ChronoUnit.SECONDS));
      }
      if (ZONED_DATE_TIME.matcher(v).matches()) {
        String iso = v.charAt(10) == ' ' ? v.substring(0, 10) + 'T' + v.substring(11) : v;
        LocalDateTime t = iso.endsWith("]")
            ? ZonedDateTime.parse(iso, DateTimeFormatter.ISO_ZONED_DATE_TIME).toLocalDateTime()
            : OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDateTime();
        return OUT.format(t.truncatedTo(ChronoUnit.SECONDS));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(message(v) + " (" + reason(e) + ")", e);
    }
    throw new IllegalArgumentException(message(v));
  }

  private static String message(String v) {
    return "invalid publication date \"" + v + "\": expected yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss "
        + "or an ISO date-time with offset";
  }

  // the parser's own message repeats the input; its cause says what was wrong with the calendar
  private static String reason(DateTimeParseException e) {
    Throwable c = e.getCause();
    if (c instanceof DateTimeException && c.getMessage() != null) {
      return c.getMessage();
    }
    return "not a valid ISO date-time";
  }
}
