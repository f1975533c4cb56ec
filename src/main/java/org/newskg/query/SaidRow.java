package org.newskg.query;

import java.util.List;

/** One row of "who said what about whom". Fields are null when the store has no value. */
public record SaidRow(String date, String speaker, String quote, List<String> about, String kind,
                      String headline, String publisher, String statement, String article) {
  public SaidRow {
    about = List.copyOf(about);
  }
}
