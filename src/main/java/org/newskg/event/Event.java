package org.newskg.event;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;

/**
 * One event an article reports: something that happened, is happening or is firmly scheduled.
 *
 * @param index      0-based position among the article's events
 * @param cameo      CAMEO root code, "01".."20"
 * @param trigger    the words of the first mention that name it ("slammed into", "phone call")
 * @param spans      every mention of it in the article (trigger words), first mention first
 * @param sentences  the text of each sentence that reports it, in the order of {@code spans}
 * @param actors     who does it, initiator first
 * @param targets    to or with whom it is done
 * @param date       the day it happened, resolved against the publication date, or null
 * @param place      where it happened, or null
 * @param modality   null for a reported fact; otherwise how the article qualifies it:
 *                   "planned" (scheduled, announced), "possible" (may, could)
 * @param statements indexes of the article's statements that are about this event
 * @param code       full CAMEO code, the root or one of its sub-codes ("081", "0356")
 * @param actorCodes the CAMEO actor code of each actor and target that has one ("GBRGOV"), as of
 *                   the event's day or else the article's
 */
public record Event(int index, String cameo, String trigger, List<Span> spans,
                    List<String> sentences, List<Actor> actors, List<Actor> targets,
                    LocalDate date, Place place, String modality, List<Integer> statements,
                    String code, Map<Actor, String> actorCodes) {
  public static final String PLANNED = "planned";
  public static final String POSSIBLE = "possible";

  public Event {
    spans = List.copyOf(spans);
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    statements = List.copyOf(statements);
    actorCodes = Collections.unmodifiableMap(new LinkedHashMap<>(actorCodes));
    QuadClass.ofCameo(cameo);
    if (code == null || !code.startsWith(cameo)) {
      throw new IllegalArgumentException("CAMEO code " + code + " is not under root " + cameo);
    }
  }

  /** An event coded at its root only ("18" → "180"). */
  public Event(int index, String cameo, String trigger, List<Span> spans,
               List<String> sentences, List<Actor> actors, List<Actor> targets,
               LocalDate date, Place place, String modality, List<Integer> statements) {
    this(index, cameo, trigger, spans, sentences, actors, targets, date, place, modality,
        statements, cameo + "0", Map.of());
  }

  public QuadClass quadClass() {
    return QuadClass.ofCameo(cameo);
  }
}
