package org.newskg.query;

import java.util.List;

/**
 * One row of "who said what about whom". Fields are null when the store has no value.
 *
 * @param about       the names of whom it is about, sorted
 * @param speakerIri  the speaker's IRI; null for an unnamed speaker or none
 * @param speakerType "Person", "Organization" or "Country"; null without a named speaker
 * @param begin       where the quote begins in the article's text (0-based), or null
 * @param end         where it ends (exclusive), or null
 * @param cue         the lemma of the verb, noun or "according to" that reports it, or null
 */
public record SaidRow(String date, String speaker, String quote, List<String> about, String kind,
                      String headline, String publisher, String statement, String article,
                      String speakerIri, String speakerType, String confidence, String rule,
                      String url, Integer begin, Integer end, String cue) {
  public SaidRow {
    about = List.copyOf(about);
  }

  /** A row with only what the first version of said.rq gave. */
  public SaidRow(String date, String speaker, String quote, List<String> about, String kind,
                 String headline, String publisher, String statement, String article) {
    this(date, speaker, quote, about, kind, headline, publisher, statement, article, null, null,
        null, null, null, null, null, null);
  }
}
