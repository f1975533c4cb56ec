package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.rdf.ArticleFixture;
import org.newskg.rdf.NKG;
import org.newskg.resolve.Actor;
import org.newskg.store.KnowledgeStore;

/**
 * The event queries of {@code queries/} on a real TDB2 store holding the mapper's output for
 * two articles of our own (one event reported by both), and every canned query runs.
 */
class EventQueriesTest {
  private static final String ID = NKG.DEFAULT_BASE;
  private static KnowledgeStore store;

  @BeforeAll
  static void load() {
    ArticleFixture a = new ArticleFixture("north-1", "2025-05-08",
        "Norway and Sweden held talks in Tromsø on Tuesday.\n"
            + "“The talks were useful,” said Lena Dahl.\n"
            + "Sweden imposed tariffs on Norway on Monday. The Harbour Union protested against "
            + "Norway. Sweden criticized Norway.");
    Actor norway = a.country(ArticleFixture.NORWAY);
    Actor sweden = a.country(ArticleFixture.SWEDEN);
    Actor dahl = a.person("Lena Dahl");
    Actor union = a.organization("Harbour Union");
    var dahlSaid = a.quote("The talks were useful,", dahl, LocalDate.parse("2025-05-08"));
    a.event("04", "talks").mentionedAgain("talks", 1).actors(norway).targets(sweden)
        .on("2025-05-06").in(a.place("Tromsø", ArticleFixture.NORWAY)).about(dahlSaid).add();
    a.event("17", "imposed tariffs").actors(sweden).targets(norway).on("2025-05-05").add();
    a.event("14", "protested").actors(union).targets(norway).on("2025-05-07").add();
    a.event("11", "criticized").actors(sweden).targets(norway).on("2025-05-07").add();

    ArticleFixture b = new ArticleFixture("north-2", "2025-05-09",
        "Ministers from Sweden met colleagues from Norway on Tuesday.\n"
            + "“We met as friends,” Erik Lund said.\n"
            + "Norway seized a trawler from Sweden. Norway arrested Norway’s own smugglers.");
    Actor swedenB = b.country(ArticleFixture.SWEDEN);
    Actor norwayB = b.country(ArticleFixture.NORWAY);
    Actor lund = b.person("Erik Lund");
    var lundSaid = b.quote("We met as friends,", lund, LocalDate.parse("2025-05-09"));
    b.event("04", "met").actors(swedenB).targets(norwayB).on("2025-05-06").about(lundSaid).add();
    b.event("17", "seized").actors(norwayB).targets(swedenB).add();
    b.event("17", "arrested").actors(norwayB).targets(norwayB).on("2025-05-08").add();

    store = KnowledgeStore.temporary();
    new org.newskg.ingest.StoreWriter(store).write(List.of(a.graph()));
    new org.newskg.ingest.StoreWriter(store).write(List.of(b.graph()));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Map<String, String>> run(String name, Map<String, Node> parameters) {
    Query q = QueryTemplate.load(name).bind(parameters);
    return select(q);
  }

  private static List<Map<String, String>> select(Query q) {
    return QueryTemplate.select(store, q, s -> {
      Map<String, String> row = new HashMap<>();
      s.varNames().forEachRemaining(v -> row.put(v, QueryTemplate.text(s, v)));
      return row;
    });
  }

  private static Node text(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node date(String s) {
    return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdate);
  }

  private static List<String> events(List<Map<String, String>> rows) {
    return rows.stream().map(r -> r.get("event").substring((ID + "event/").length())).toList();
  }

  @Test
  void eventsByActorInEitherRoleNewestFirst() {
    List<Map<String, String>> rows = run("events-by-actor",
        Map.of("actorName", text("SWEDEN"), "role", text("")));
    // undated events sort last in DESC order
    assertEquals(List.of("north-1-3", "north-1-0", "north-1-1", "north-2-1"), events(rows));
    Map<String, String> talks = rows.get(1);
    assertEquals("2", talks.get("articles"), "one event, reported by two articles");
    assertEquals("consult", talks.get("type"));
    assertEquals("04", talks.get("cameo"));
    assertEquals("Tromsø", talks.get("place"));
    assertTrue(talks.get("sentence").contains("talks") || talks.get("sentence").contains("met"));
  }

  @Test
  void eventsByActorInOneRole() {
    assertEquals(List.of("north-1-0", "north-2-1"), events(run("events-by-actor",
        Map.of("actorName", text("sweden"), "role", text("target")))));
    List<Map<String, String>> union = run("events-by-actor",
        Map.of("actorName", text("harbour"), "role", text("actor")));
    assertEquals(List.of("north-1-2"), events(union));
    assertEquals("Harbour Union", union.get(0).get("actors"));
    assertEquals("Norway", union.get(0).get("targets"));
    assertEquals(List.of(), events(run("events-by-actor",
        Map.of("actorName", text("harbour"), "role", text("target")))));
  }

  @Test
  void eventsInADateRangeAndOfOneType() {
    // by date, then CAMEO code: criticism (11) before the protest (14) on the same day
    assertEquals(List.of("north-1-0", "north-1-3", "north-1-2"), events(run(
        "events-in-date-range", Map.of("since", date("2025-05-06"), "until",
            date("2025-05-07")))));
    List<Map<String, String>> consult = run("events-in-date-range", Map.of("since",
        date("2025-05-01"), "until", date("2025-05-31"), "code", text("04")));
    assertEquals(List.of("north-1-0"), events(consult));
    assertEquals("2", consult.get(0).get("articles"));
    assertEquals(5, run("events-in-date-range", Map.of()).size(),
        "every dated event, the merged one once");
  }

  @Test
  void statementsAboutAnEventFromEveryArticleThatReportsIt() {
    List<Map<String, String>> rows = run("statements-about-event", Map.of());
    assertEquals(2, rows.size(), rows.toString());
    assertEquals(List.of("north-1-0", "north-1-0"), events(rows));
    assertEquals(java.util.Set.of("Lena Dahl", "Erik Lund"),
        rows.stream().map(r -> r.get("speaker")).collect(java.util.stream.Collectors.toSet()));
    List<String> participants = List.of(rows.get(0).get("participants").split("; "));
    assertEquals(java.util.Set.of("Norway", "Sweden"), java.util.Set.copyOf(participants));
    assertEquals(2, participants.size());
    assertEquals(2, run("statements-about-event",
        Map.of("event", NodeFactory.createURI(ID + "event/north-1-0"))).size());
    assertEquals(0, run("statements-about-event",
        Map.of("event", NodeFactory.createURI(ID + "event/north-1-1"))).size());
    assertEquals(0, run("statements-about-event", Map.of("actorName", text("finland"))).size());
  }

  @Test
  void conflictBetweenTwoDifferentCountries() {
    List<Map<String, String>> rows = run("conflict-between-countries", Map.of());
    // not the union's protest (an organization), not the criticism (verbal conflict), not
    // Norway arresting in Norway (one country)
    assertEquals(List.of("north-1-1", "north-2-1"), events(rows));
    assertEquals("Sweden", rows.get(0).get("actor"));
    assertEquals("Norway", rows.get(0).get("target"));
    assertEquals("coerce", rows.get(0).get("type"));
    assertEquals(2, run("conflict-between-countries", Map.of("countryName", text("sweden")))
        .size());
    assertEquals(0, run("conflict-between-countries", Map.of("countryName", text("finland")))
        .size());
    // a date bound lists only the events dated inside it (north-1-1 is of 2025-05-05,
    // north-2-1 undated); ?undated lets the undated through too
    assertEquals(List.of(), events(run("conflict-between-countries",
        Map.of("since", date("2025-05-06")))));
    assertEquals(List.of("north-1-1"), events(run("conflict-between-countries",
        Map.of("until", date("2025-05-05")))));
    assertEquals(List.of("north-2-1"), events(run("conflict-between-countries",
        Map.of("since", date("2025-05-06"), "undated", NodeFactory.createLiteralDT("true",
            org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)))));
  }

  static Stream<Path> queryFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
    }
  }

  /** Every canned query starts with a comment saying what it asks, parses and runs as is. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("queryFiles")
  void everyCannedQueryRunsAsItIs(Path file) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.startsWith("# "), file + " lacks its header comment");
    Query q = QueryFactory.create(text);
    assertTrue(q.isSelectType(), file + " is not a SELECT");
    select(q);
    String name = file.getFileName().toString().replace(".rq", "");
    assertEquals(q.getResultVars(), QueryTemplate.load(name).bind(Map.of()).getResultVars(),
        "the classpath copy of " + name);
  }
}
