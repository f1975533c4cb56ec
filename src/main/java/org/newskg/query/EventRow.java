package org.newskg.query;

import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One event as {@code queries/events.rq} lists it. Fields are null when the store has no value.
 *
 * @param headline a headline of an article that reports it
 * @param articles the IRIs of every article that reports it (several for a merged event)
 * @param codes    each coded participant's label and its CAMEO actor code (codes separated by
 *                 a space when its articles coded it differently), in label order
 */
public record EventRow(String event, String date, String cameo, String type, List<String> actors,
                       List<String> targets, String place, String trigger, String sentence,
                       String modality, String headline, List<String> articles,
                       Map<String, String> codes) {
  public EventRow {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    articles = List.copyOf(articles);
    codes = Collections.unmodifiableMap(new TreeMap<>(codes));
  }
}
