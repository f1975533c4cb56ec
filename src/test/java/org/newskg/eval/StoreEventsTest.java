package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.newskg.EventsFixture;
import org.newskg.store.KnowledgeStore;

/** The system events the scorer reads back from a real store, per the events spec. */
class StoreEventsTest {
  @Test
  void oneRecordPerEventAndArticleWithThatArticlesSentence() {
    List<EventScorer.SystemEvent> events;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      EventsFixture.load(store);
      events = GoldEvents.events(store);
    }
    // 3 events in each article graph; the merged meeting once per article
    assertEquals(6, events.size());
    List<EventScorer.SystemEvent> meeting = events.stream()
        .filter(e -> e.cameo().equals("04"))
        .sorted(Comparator.comparing(EventScorer.SystemEvent::sentence)).toList();
    assertEquals(2, meeting.size());
    assertEquals("Portugal and Spain met in Lisbon on Wednesday to settle a dispute over fishing "
        + "quotas that has dragged on for years.", meeting.get(0).sentence());
    assertEquals("Portugal and Spain met in Lisbon on Wednesday, officials recalled.",
        meeting.get(1).sentence());
    for (EventScorer.SystemEvent m : meeting) {
      assertEquals(List.of("Portugal"), m.actors());
      assertEquals(List.of("Spain"), m.targets());
      assertEquals("2025-05-07", m.date());
      assertEquals("met", m.trigger());
    }
    // the place is written in the first article's graph only
    assertEquals("Lisbon", meeting.get(0).place());
    assertNull(meeting.get(1).place());

    EventScorer.SystemEvent fight = events.stream().filter(e -> e.cameo().equals("19"))
        .findFirst().orElseThrow();
    assertEquals(List.of("João Silva"), fight.actors());
    assertEquals(List.of("Northern Front"), fight.targets());
    EventScorer.SystemEvent planned = events.stream().filter(e -> e.cameo().equals("03"))
        .findFirst().orElseThrow();
    assertNull(planned.date());
    assertEquals(List.of(), planned.targets());
    assertEquals("Portugal", events.stream().filter(e -> e.cameo().equals("18"))
        .findFirst().orElseThrow().place());
  }

  @Test
  void anEventWithoutSentenceOrTypeDescriptionStillCounts() {
    String trig = """
        PREFIX nkg: <https://w3id.org/newskg/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        GRAPH <https://w3id.org/newskg/id/article/bare> {
          <https://w3id.org/newskg/id/event/bare-0> a nkg:Event ;
              nkg:eventType <https://w3id.org/newskg/event-type/17> ;
              nkg:actor <https://w3id.org/newskg/id/country/NO> .
          <https://w3id.org/newskg/id/country/NO> rdfs:label "Norway" .
        }""";
    List<EventScorer.SystemEvent> events;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      org.apache.jena.system.Txn.executeWrite(store.datasetGraph(), () ->
          org.apache.jena.riot.RDFParser.fromString(trig, org.apache.jena.riot.Lang.TRIG)
              .parse(store.datasetGraph()));
      events = GoldEvents.events(store);
    }
    assertEquals(1, events.size());
    assertEquals("17", events.get(0).cameo());
    assertNull(events.get(0).sentence());
    assertEquals(List.of("Norway"), events.get(0).actors());
    // counted as a system event, never found
    EventScorer.Result r = new EventScorer().score(List.of(new EventScorer.Gold(null, 1,
        List.of(), "x", "17", List.of("Norway"), List.of(), null)), List.of("Norway"), events);
    assertEquals(0, r.found());
    assertEquals(1, r.systemEvents());
    JsonObject line = JSON.parse(GoldEvents.toJsonLine(events.get(0)));
    assertTrue(line.get("sentence").isNull());
    assertTrue(line.get("trigger").isNull());
  }

  @Test
  void jsonLinesHaveTheKeysOfTheScriptsInput() {
    EventScorer.SystemEvent e = new EventScorer.SystemEvent("A “quoted”\nsentence.", "met",
        "04", List.of("Portugal"), List.of(), null, "Lisbon");
    String line = GoldEvents.toJsonLine(e);
    assertEquals(-1, line.indexOf('\n'));
    JsonObject o = JSON.parse(line);
    assertEquals("A “quoted”\nsentence.", o.get("sentence").getAsString().value());
    assertEquals("04", o.get("cameo").getAsString().value());
    assertEquals(1, o.get("actors").getAsArray().size());
    assertEquals(0, o.get("targets").getAsArray().size());
    assertEquals(true, o.get("date").isNull());
    assertEquals("Lisbon", o.get("place").getAsString().value());
  }
}
