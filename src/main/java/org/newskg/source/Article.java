package org.newskg.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One news article as read from the input, before any NLP.
 *
 * @param id        the identifier the input gives (JSONL {@code id}), or null
 * @param url       the article's URL, or null
 * @param headline  the headline, or null when the input has none
 * @param publisher the publisher's name, or null
 * @param published ISO-8601 publication date ({@code 2025-03-07}) or local date-time
 *                  ({@code 2025-03-07T12:11:58}), or null
 * @param text      the body; paragraphs separated by a newline. Every character offset in the
 *                  graph refers to this string.
 * @param origin    where it came from, for messages: {@code file}, {@code file:line} or
 *                  {@code file@offset} (a WARC record)
 * @param author    the byline's names as the page gives them, or null
 */
public record Article(String id, String url, String headline, String publisher, String published,
                      String text, String origin, String author) {
  public Article {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }

  /** An article whose input names no author (.txt and .jsonl). */
  public Article(String id, String url, String headline, String publisher, String published,
                 String text, String origin) {
    this(id, url, headline, publisher, published, text, origin, null);
  }

  /** The publication date part (yyyy-MM-dd) or null. */
  public String publishedDate() {
    return published == null ? null : published.substring(0, Math.min(10, published.length()));
  }

  /** The publication day, or null when the input gives none (or none that is a day). */
  public LocalDate publishedDay() {
    String day = publishedDate();
    try {
      return day == null ? null : LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
