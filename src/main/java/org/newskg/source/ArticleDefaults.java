package org.newskg.source;

/**
 * The {@code --publisher} / {@code --published} values, used for articles whose input names
 * none. Both may be null.
 *
 * @param publisher the publisher's name, or null (blank becomes null)
 * @param published {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ss}, or null; a space instead of
 *                  the {@code T} is accepted and normalized to the {@code T} form
 */
public record ArticleDefaults(String publisher, String published) {
  /** No publisher, no date. */
  public static final ArticleDefaults NONE = new ArticleDefaults(null, null);

  /**
   * Normalizes and validates.
   *
   * @throws IllegalArgumentException when {@code published} is not a valid date or date-time
   */
  public ArticleDefaults {
    publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
    // checked here, once, so a typo in --published fails before any article is read
    published = PublishedDates.normalize(published);
  }
}
