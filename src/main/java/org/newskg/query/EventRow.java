package org.newskg.query;

import java.util.List;

/**
 * One event as {@code queries/events.rq} lists it. Fields are null when the store has no value.
 *
 * @param headline a headline of an article that reports it
 * @param articles the IRIs of every article that reports it (several for a merged event)
 */
public record EventRow(String event, String date, String cameo, String type, List<String> actors,
                       List<String> targets, String place, String trigger, String sentence,
                       String modality, String headline, List<String> articles) {
  public EventRow {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    articles = List.copyOf(articles);
  }
}
