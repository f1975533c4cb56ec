package org.newskg.source;

/**
 * Receives what a reader finds. Readers do not throw for one bad file or line: they report it
 * here and go on, so one broken item never stops a large ingest.
 */
public interface ArticleSink {
  /** One article read. */
  void article(Article a);

  /**
   * One item that could not be read.
   *
   * @param origin the file, or {@code file:line}
   * @param reason what was wrong, for a person to read
   */
  void problem(String origin, String reason);

  /**
   * One item that is not an article and is not a problem either: a WARC record of a request or
   * an image, a page in another language. Only counted.
   *
   * @param origin the file, or {@code file@offset}
   */
  default void skipped(String origin, SkipReason reason) {
  }
}
