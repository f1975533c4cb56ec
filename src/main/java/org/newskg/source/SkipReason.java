package org.newskg.source;

/** Why an item of the input was left out without being a problem; counted in the summary. */
public enum SkipReason {
  /** A WARC record that is not an HTML page fetched with status 200 (requests, metadata, 404s,
   * images, PDFs). */
  NOT_A_PAGE,
  /** A page in a WARC with no article text in it (an index or a video page). */
  NO_ARTICLE_TEXT,
  /** A page not in English: the models are English. */
  NOT_ENGLISH
}
