package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newskg.EventsFixture;
import org.newskg.store.KnowledgeStore;

/** queries/events.rq on a real TDB2 store holding two hand-written, spec-shaped articles. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsQueryTest {
  private static final String E = EventsFixture.BASE + "event/";
  private KnowledgeStore store;

  @BeforeAll
  void load() {
    store = KnowledgeStore.temporary();
    EventsFixture.load(store);
  }

  @AfterAll
  void close() {
    store.close();
  }

  private List<String> events(String type, String actor, LocalDate since, LocalDate until) {
    return new EventsQuery().run(store, new EventsQuery.Filters(type, actor, since, until))
        .stream().map(r -> r.event().substring(E.length())).toList();
  }

  @Test
  void aParticipantsActorCodeFiltersByItsStart() {
    for (String code : List.of("PRTGOV", "PRT", "esp")) {
      assertEquals(List.of("ledger-lisbon-0"), new EventsQuery().run(store,
          new EventsQuery.Filters(null, null, null, null, code, false)).stream()
          .map(r -> r.event().substring(E.length())).toList(), code);
    }
    assertEquals(List.of(), new EventsQuery().run(store,
        new EventsQuery.Filters(null, null, null, null, "ESPGOV", false)));
  }

  @Test
  void entitiesListTheActorCodesTheirEventsGaveThem() {
    java.util.Map<String, List<String>> codes = new java.util.HashMap<>();
    new EntitiesQuery().run(store, EntitiesQuery.Type.country, 0)
        .forEach(r -> codes.put(r.label(), r.codes()));
    assertEquals(List.of("PRTGOV"), codes.get("Portugal"));
    assertEquals(List.of("ESP"), codes.get("Spain"));
  }

  @Test
  void everyEventOnceUndatedFirstThenByDate() {
    List<EventRow> rows = new EventsQuery().run(store, EventsQuery.Filters.none());
    assertEquals(List.of("ledger-lisbon-2", "ledger-lisbon-0", "ledger-lisbon-1",
        "ledger-front-0", "ledger-front-1"),
        rows.stream().map(r -> r.event().substring(E.length())).toList());
    EventRow meeting = rows.get(1);
    assertEquals("2025-05-07", meeting.date());
    assertEquals("04", meeting.cameo());
    assertEquals("consult", meeting.type());
    assertEquals(List.of("Portugal"), meeting.actors());
    assertEquals(List.of("Spain"), meeting.targets());
    assertEquals("Lisbon", meeting.place());
    assertEquals("met", meeting.trigger());
    // merged: both articles report it, one row
    assertEquals(List.of(EventsFixture.FRONT, EventsFixture.LISBON), meeting.articles());
    // trigger, sentence and headline shown come from the same reporting article
    assertEquals("Border Town Shelled Overnight", meeting.headline());
    assertEquals("Portugal and Spain met in Lisbon on Wednesday, officials recalled.",
        meeting.sentence());
    EventRow planned = rows.get(0);
    assertNull(planned.date());
    assertEquals("planned", planned.modality());
    assertEquals(List.of(), planned.targets());
    assertEquals(List.of(EventsFixture.LISBON), planned.articles());
    // a country as the place
    assertEquals("Portugal", rows.get(3).place());
  }

  @Test
  void byTypeCodeOrLabel() {
    assertEquals(List.of("ledger-front-0"), events("18", null, null, null));
    assertEquals(List.of("ledger-front-0"), events("ASSAULT", null, null, null));
    assertEquals(List.of("ledger-lisbon-2"), events("3", null, null, null));
    assertEquals(List.of("ledger-lisbon-2"), events("intent", null, null, null));
    assertEquals(List.of(), events("17", null, null, null));
  }

  @Test
  void byActorOrTargetNameOrOtherName() {
    assertEquals(List.of("ledger-front-0", "ledger-front-1"),
        events(null, "northern", null, null));
    // a target counts, and so does another name of the actor
    assertEquals(List.of("ledger-front-1"), events(null, "general silva", null, null));
    assertEquals(List.of("ledger-lisbon-2", "ledger-lisbon-0", "ledger-lisbon-1"),
        events(null, "portugal", null, null));
    assertEquals(List.of("ledger-lisbon-0", "ledger-lisbon-1"), events(null, "spain", null, null));
  }

  @Test
  void byDateRangeLeavesUndatedEventsOut() {
    assertEquals(List.of("ledger-lisbon-1", "ledger-front-0", "ledger-front-1"),
        events(null, null, LocalDate.of(2025, 5, 8), null));
    assertEquals(List.of("ledger-lisbon-0", "ledger-lisbon-1"),
        events(null, null, null, LocalDate.of(2025, 5, 8)));
    assertEquals(List.of("ledger-front-0"),
        events(null, null, LocalDate.of(2025, 5, 9), LocalDate.of(2025, 5, 9)));
    assertEquals(List.of("ledger-lisbon-1"),
        events("reject", "spain", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)));
  }

  @Test
  void limitKeepsTheFirstRows() {
    List<EventRow> two = new EventsQuery().run(store, EventsQuery.Filters.none(), 2);
    assertEquals(2, two.size());
    assertEquals(E + "ledger-lisbon-0", two.get(1).event());
  }

  @Test
  void userInputCannotChangeTheQuery() {
    // SPARQL syntax in a filter value is a string to look for, never query text
    for (String evil : new String[] {"\") } } SELECT * WHERE { ?s ?p ?o } #",
        "x' || true || '", "\"\"\" ) } DROP ALL"}) {
      assertEquals(List.of(), events(evil, null, null, null), evil);
      assertEquals(List.of(), events(null, evil, null, null), evil);
    }
    String text = new EventsQuery().query(new EventsQuery.Filters("\") } #", null, null, null))
        .toString();
    assertTrue(text.contains("\"\\\") } #\""), text);
  }
}
