package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;

/** One real event reported by several articles, in a real TDB2 store. */
class EventLinkerTest {
  private static final String ID = "https://example.org/id/";

  /** An article reporting one event of {@code cameo} on {@code date} by the given countries. */
  private static ArticleGraph article(String id, String cameo, String date, String... actors) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/" + id, NKG.Article);
    Resource e = m.createResource(ID + "event/" + id + "-0", NKG.Event);
    e.addProperty(NKG.eventType, NKG.eventTypeIri(cameo));
    e.addProperty(NKG.inArticle, a);
    e.addProperty(NKG.span, m.createResource(ID + "mention/" + id + "-0-6"));
    if (date != null) {
      e.addProperty(NKG.date, m.createTypedLiteral(date, XSDDatatype.XSDdate));
    }
    for (String c : actors) {
      e.addProperty(NKG.participant, m.createResource(ID + "country/" + c, NKG.Country));
    }
    m.createResource(ID + "statement/" + id + "-0", NKG.Statement).addProperty(NKG.about, e);
    return new ArticleGraph(a.getURI(), id, m.getGraph(), 1, actors.length);
  }

  /** The events in the union, each with the articles whose graphs describe it. */
  private static Set<String> events(KnowledgeStore store) {
    Set<String> out = new TreeSet<>();
    store.datasetGraph().begin(ReadWrite.READ);
    try {
      store.datasetGraph().find(Node.ANY, Node.ANY, NKG.inArticle.asNode(), Node.ANY)
          .forEachRemaining((Quad q) -> out.add(q.getSubject().getURI().replace(ID, "") + " in "
              + q.getObject().getURI().replace(ID, "")));
      // statements follow their event
      store.datasetGraph().find(Node.ANY, Node.ANY, NKG.about.asNode(), Node.ANY)
          .forEachRemaining((Quad q) -> out.add(q.getSubject().getURI().replace(ID, "")
              + " about " + q.getObject().getURI().replace(ID, "")));
    } finally {
      store.datasetGraph().end();
    }
    return out;
  }

  @Test
  void sameTypeDaySharedParticipantIsOneEventWithEveryMention() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("a", "18", "2025-03-06", "RU", "UA")));
      store.write(List.of(article("b", "18", "2025-03-06", "RU")));
      assertEquals(Set.of("event/a-0 in article/a", "event/a-0 in article/b",
          "statement/a-0 about event/a-0", "statement/b-0 about event/a-0"), events(store));
    }
  }

  @Test
  void theJoinDoesNotDependOnTheOrderOrTheBatch() {
    Set<String> oneBatch;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("a", "04", "2025-03-06", "US", "MX"),
          article("b", "04", "2025-03-06", "MX")));
      oneBatch = events(store);
    }
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("b", "04", "2025-03-06", "MX")));
      store.write(List.of(article("a", "04", "2025-03-06", "US", "MX")));
      // here b came first, so b's IRI is the event's
      assertEquals(Set.of("event/b-0 in article/a", "event/b-0 in article/b",
          "statement/a-0 about event/b-0", "statement/b-0 about event/b-0"), events(store));
    }
    assertEquals(Set.of("event/a-0 in article/a", "event/a-0 in article/b",
        "statement/a-0 about event/a-0", "statement/b-0 about event/a-0"), oneBatch);
  }

  @Test
  void anotherDayAnotherTypeNoSharedParticipantOrNoDayStayApart() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("a", "18", "2025-03-06", "RU", "UA")));
      store.write(List.of(article("b", "18", "2025-03-05", "RU", "UA"),
          article("c", "19", "2025-03-06", "RU", "UA"),
          article("d", "18", "2025-03-06", "IL"),
          article("e", "18", null, "RU", "UA")));
      Set<String> events = events(store);
      for (String id : List.of("a", "b", "c", "d", "e")) {
        assertEquals(true, events.contains("event/" + id + "-0 in article/" + id), events
            .toString());
      }
    }
  }

  @Test
  void reingestingAnArticleKeepsTheSharedEvent() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("a", "18", "2025-03-06", "RU")));
      store.write(List.of(article("b", "18", "2025-03-06", "RU")));
      store.write(List.of(article("a", "18", "2025-03-06", "RU")));
      assertEquals(Set.of("event/a-0 in article/a", "event/a-0 in article/b",
          "statement/a-0 about event/a-0", "statement/b-0 about event/a-0"), events(store));
    }
  }
}
