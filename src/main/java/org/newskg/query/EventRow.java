package org.newskg.query;

import java.util.List;

/**
 * One event as {@code queries/events.rq} lists it. Fields are null when the store has no value.
 *
 * @param articles how many articles report it
 */
public record EventRow(String event, String date, String cameo, String type, List<String> actors,
                       List<String> targets, String place, String trigger, String sentence,
                       String modality, int articles) {
  public EventRow {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
  }
}
