package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.EventsFixture;
import org.newskg.store.KnowledgeStore;

/**
 * The canned queries of the page's event views (latest-events, event-search, event,
 * event-reports, entity-events, entity-event-types, entity-codes) on a real TDB2 store holding
 * two hand-written, spec-shaped articles: the Lisbon meeting reported by both, a rejection,
 * a planned undated event, a shelling and a fight back.
 */
class PageEventQueriesTest {
  private static final String EVENT = EventsFixture.BASE + "event/";
  private static final Node ANY_DAY = date("0001-01-01");
  private static final Node LAST_DAY = date("9999-12-31");
  private static KnowledgeStore store;

  @BeforeAll
  static void load() {
    store = KnowledgeStore.temporary();
    EventsFixture.load(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Node date(String d) {
    return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
  }

  private static Node text(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static List<Map<String, String>> run(String name, Map<String, Node> parameters) {
    Query q = QueryTemplate.load(name).bind(parameters);
    return QueryTemplate.select(store, q, PageEventQueriesTest::row);
  }

  private static Map<String, String> row(QuerySolution s) {
    Map<String, String> row = new java.util.HashMap<>();
    s.varNames().forEachRemaining(v -> row.put(v, QueryTemplate.text(s, v)));
    return row;
  }

  private static List<String> events(List<Map<String, String>> rows) {
    return rows.stream().map(r -> r.get("event").substring(EVENT.length())).toList();
  }

  /** event-search.rq with the given filters, the others empty. */
  private static List<String> search(String type, String actor, String code, String place,
                                     Node since, Node until) {
    return events(run("event-search", Map.of("typeCode", text(type), "actorName", text(actor),
        "actorCode", text(code), "placeName", text(place), "since", since, "until", until)));
  }

  @Test
  void latestEventsAreNewestFirstWithTheirParticipantsCodesAndFirstArticle() {
    List<Map<String, String>> rows = run("latest-events", Map.of());
    assertEquals(List.of("ledger-front-1", "ledger-front-0", "ledger-lisbon-1", "ledger-lisbon-0",
        "ledger-lisbon-2"), events(rows));
    Map<String, String> lisbon = rows.get(3);
    assertEquals("2", lisbon.get("articles"));
    assertEquals("04", lisbon.get("cameo"));
    assertEquals("consult", lisbon.get("type"));
    assertEquals("Portugal\tPRTGOV", lisbon.get("actors"));
    assertEquals("Spain\tESP", lisbon.get("targets"));
    assertEquals("Lisbon", lisbon.get("place"));
    // trigger, sentence and headline all of the first article by IRI
    assertEquals(EventsFixture.FRONT, lisbon.get("article"));
    assertEquals("Border Town Shelled Overnight", lisbon.get("headline"));
    assertEquals("Portugal and Spain met in Lisbon on Wednesday, officials recalled.",
        lisbon.get("sentence"));
    assertEquals("planned", rows.get(4).get("modality"));
    // a participant without a code keeps its name, its code empty
    assertEquals("Northern Front\t", rows.get(0).get("targets"));
    // the page's paging: the LIMIT is the sub-select's, the same rows come in pages
    assertEquals(run("event-search", Map.of()), rows, "event-search with no filter");
  }

  @Test
  void eventSearchFiltersByTypeActorCodePlaceAndDates() {
    assertEquals(List.of("ledger-lisbon-0"), search("04", "", "", "", ANY_DAY, LAST_DAY));
    assertEquals(List.of("ledger-lisbon-0"), search("consult", "", "", "", ANY_DAY, LAST_DAY));
    assertEquals(List.of("ledger-front-0"), search("ASSAULT", "", "", "", ANY_DAY, LAST_DAY));
    assertEquals(List.of("ledger-lisbon-1", "ledger-lisbon-0"),
        search("", "spain", "", "", ANY_DAY, LAST_DAY));
    assertEquals(List.of("ledger-front-0"),
        search("18", "northern front", "", "", ANY_DAY, LAST_DAY));
    assertEquals(List.of(), search("18", "spain", "", "", ANY_DAY, LAST_DAY));
    // a filter that finds nothing gives nothing, alone or beside another
    assertEquals(List.of(), search("", "nobody we know", "", "", ANY_DAY, LAST_DAY));
    assertEquals(List.of(), search("04", "", "", "atlantis", ANY_DAY, LAST_DAY));
    // actor codes by their start, any case
    assertEquals(List.of("ledger-lisbon-0"), search("", "", "prtg", "", ANY_DAY, LAST_DAY));
    assertEquals(List.of("ledger-lisbon-0"), search("", "", "ES", "", ANY_DAY, LAST_DAY));
    assertEquals(List.of(), search("", "", "GBR", "", ANY_DAY, LAST_DAY));
    // a place by its name as shown or in any case, a country by any of its keys
    assertEquals(List.of("ledger-lisbon-0"), search("", "", "", "Lisbon", ANY_DAY, LAST_DAY));
    assertEquals(List.of("ledger-lisbon-0"), search("", "", "", " lisbon", ANY_DAY, LAST_DAY));
    assertEquals(List.of("ledger-front-0"), search("", "", "", "portugal", ANY_DAY, LAST_DAY));
    // dates: only the dated inside the bounds
    assertEquals(List.of("ledger-front-0", "ledger-lisbon-1"),
        search("", "", "", "", date("2025-05-08"), date("2025-05-09")));
    assertEquals(List.of("ledger-front-1", "ledger-front-0", "ledger-lisbon-1", "ledger-lisbon-0"),
        search("", "", "", "", date("2025-01-01"), LAST_DAY));
    assertEquals(List.of("ledger-lisbon-1"),
        search("", "spain", "", "", date("2025-05-08"), LAST_DAY));
    // text that would break a spliced query is a value like any other
    assertEquals(List.of(), search("\"} } ; DROP ALL ; #", "') OR 1=1 --", "\\\"", "<b>",
        ANY_DAY, LAST_DAY));
  }

  @Test
  void anEventWithEveryArticleAndMentionThatReportsIt() {
    Node lisbon = NodeFactory.createURI(EVENT + "ledger-lisbon-0");
    List<Map<String, String>> event = run("event", Map.of("event", lisbon));
    assertEquals(1, event.size());
    assertEquals("2", event.get(0).get("articles"));
    assertEquals("2025-05-07", event.get(0).get("date"));
    assertEquals("Portugal\tPRTGOV", event.get(0).get("actors"));

    List<Map<String, String>> reports = run("event-reports", Map.of("event", lisbon));
    assertEquals(List.of(EventsFixture.FRONT, EventsFixture.LISBON),
        reports.stream().map(r -> r.get("article")).toList());
    for (Map<String, String> r : reports) {
      assertEquals("met", r.get("anchor"));
      assertTrue(r.get("context").contains("Portugal and Spain met in Lisbon on Wednesday"));
    }
    // ?anchorStart is where the span begins in the window (the hand-written offsets of the
    // other article are a character or two off its text)
    int start = Integer.parseInt(reports.get(1).get("anchorStart"));
    assertEquals("met", reports.get(1).get("context").substring(start - 1, start + 2));
    assertEquals("Ministers Meet in Lisbon Over Fishing Quotas", reports.get(1).get("headline"));
    assertEquals(List.of(), run("event", Map.of("event",
        NodeFactory.createURI(EVENT + "no-such-0"))));
  }

  @Test
  void whatAnEntityDidWhatWasDoneToItAndItsCodes() {
    List<Map<String, String>> front = run("entity-events", Map.of("entityName",
        text("Northern Front")));
    assertEquals(List.of("target ledger-front-1 19 fight", "actor ledger-front-0 18 assault"),
        front.stream().map(r -> r.get("role") + " " + r.get("event").substring(EVENT.length())
            + " " + r.get("cameo") + " " + r.get("type")).toList());
    assertEquals("fired back", front.get(0).get("trigger"));
    assertEquals("João Silva\t", front.get(0).get("actors"));
    // the view is of the exact name: a run of its words is another name
    assertEquals(List.of(), run("entity-events", Map.of("entityName", text("northern"))));

    List<Map<String, String>> types = run("entity-event-types", Map.of("entityName",
        text("Portugal")));
    assertEquals(List.of("actor 03 express intent to cooperate 1 null",
            "actor 04 consult 1 2025-05-07", "target 12 reject 1 2025-05-08"),
        types.stream().map(r -> r.get("role") + " " + r.get("cameo") + " " + r.get("type") + " "
            + r.get("events") + " " + r.get("latest")).toList());

    List<Map<String, String>> codes = run("entity-codes", Map.of("entityName",
        text("Portugal")));
    assertEquals(List.of("PRTGOV 2025-05-07 2025-05-07 1"), codes.stream().map(r ->
        r.get("code") + " " + r.get("first") + " " + r.get("last") + " " + r.get("events"))
        .toList());
    assertEquals(List.of(), run("entity-codes", Map.of("entityName", text("Northern Front"))));
  }
}
