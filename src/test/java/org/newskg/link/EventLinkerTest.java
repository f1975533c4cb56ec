package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ArticleFixture;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;
import org.newskg.rdf.ShapesValidator;
import org.newskg.resolve.Actor;
import org.newskg.store.KnowledgeStore;

/** Events that several articles report become one node in the store (real TDB2). */
class EventLinkerTest {
  private static final String ID = NKG.DEFAULT_BASE;
  private static final String TEXT_A = "Norway and Sweden held talks in Tromsø on Tuesday.\n"
      + "Norway said the talks went well.";
  private static final String TEXT_B = "Ministers from Sweden met their colleagues from Norway "
      + "on Tuesday.\nFinland was not invited.";

  /** Article A: Norway holds talks with Sweden (consult, 04). */
  private static ArticleGraph articleA(String cameo, String date) {
    ArticleFixture a = new ArticleFixture("wire-a", "2025-05-08", TEXT_A);
    Actor norway = a.country(ArticleFixture.NORWAY);
    Actor sweden = a.country(ArticleFixture.SWEDEN);
    var event = a.event(cameo, "talks").mentionedAgain("talks", 1).actors(norway)
        .targets(sweden);
    if (date != null) {
      event.on(date);
    }
    event.add();
    return a.graph();
  }

  /** Article B: Sweden meets Norway (04), or with {@code finlandOnly} Finland alone. */
  private static ArticleGraph articleB(String cameo, String date, boolean finlandOnly) {
    ArticleFixture b = new ArticleFixture("wire-b", "2025-05-07", TEXT_B);
    Actor sweden = b.country(ArticleFixture.SWEDEN);
    Actor norway = b.country(ArticleFixture.NORWAY);
    Actor finland = b.country(ArticleFixture.FINLAND);
    var event = b.event(cameo, "met");
    if (finlandOnly) {
      event.actors(finland);
    } else {
      event.actors(sweden).targets(norway);
    }
    if (date != null) {
      event.on(date);
    }
    event.add();
    return b.graph();
  }

  private static Node iri(String path) {
    return NodeFactory.createURI(ID + path);
  }

  /** The events of one article's graph. */
  private static Set<Node> eventsIn(KnowledgeStore store, String article) {
    return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
        .getGraph(iri("article/" + article))
        .find(Node.ANY, RDF.type.asNode(), NKG.Event.asNode())
        .mapWith(t -> t.getSubject()).toSet());
  }

  private static Set<Node> unionObjects(KnowledgeStore store, Node s, Node p) {
    return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getUnionGraph()
        .find(s, p, Node.ANY).mapWith(t -> t.getObject()).toSet());
  }

  private static Set<Node> objectsIn(KnowledgeStore store, String article, Node s, Node p) {
    return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
        .getGraph(iri("article/" + article)).find(s, p, Node.ANY)
        .mapWith(t -> t.getObject()).toSet());
  }

  private static void assertUnionConforms(KnowledgeStore store) {
    Txn.executeRead(store.datasetGraph(), () -> {
      Graph union = store.datasetGraph().getUnionGraph();
      ValidationReport report = ShapesValidator.load().validate(union);
      assertTrue(report.conforms(), report.getEntries().stream().map(Object::toString)
          .collect(Collectors.joining("\n")));
    });
  }

  @Test
  void sameTypeDateAndASharedActorMergeIntoOneIriKeepingEveryMention() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleA("04", "2025-05-06")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleB("04", "2025-05-06", false)));
      Node merged = iri("event/wire-a-0");
      assertEquals(Set.of(merged), eventsIn(store, "wire-a"));
      assertEquals(Set.of(merged), eventsIn(store, "wire-b"), "B's event took A's IRI");
      // no article graph names B's own IRI any more; the links graph says what it became
      assertEquals(Set.of(iri("event/wire-a-0")),
          unionObjects(store, iri("event/wire-b-0"), Node.ANY));
      assertEquals(Set.of(iri("event/wire-a-0")), Txn.calculateRead(store.datasetGraph(),
          () -> store.datasetGraph().getGraph(NodeFactory.createURI(NKG.LINKS_GRAPH))
              .find(iri("event/wire-b-0"), OWL.sameAs.asNode(), Node.ANY)
              .mapWith(t -> t.getObject()).toSet()));
      // every mention kept: A's two spans and B's one, each in its own graph
      assertEquals(2, objectsIn(store, "wire-a", merged, NKG.span.asNode()).size());
      assertEquals(1, objectsIn(store, "wire-b", merged, NKG.span.asNode()).size());
      assertEquals(3, unionObjects(store, merged, NKG.span.asNode()).size());
      assertEquals(Set.of(iri("article/wire-a"), iri("article/wire-b")),
          unionObjects(store, merged, NKG.inArticle.asNode()));
      assertEquals(2, unionObjects(store, merged, NKG.sentence.asNode()).size());
      assertEquals(Set.of(iri("article/wire-b")),
          objectsIn(store, "wire-b", merged, NKG.inArticle.asNode()));
      assertUnionConforms(store);
    }
  }

  /** The linker's index of stored events is loaded from disk when a store is opened again. */
  @Test
  void eventsStoredBeforeTheStoreWasReopenedCount(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleA("04", "2025-05-06")));
    }
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleB("04", "2025-05-06", false)));
      assertEquals(Set.of(iri("event/wire-a-0")), eventsIn(store, "wire-b"));
    }
  }

  @Test
  void articlesEarlierInTheSameBatchCount() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleA("04", "2025-05-06"), articleB("04", "2025-05-06", false)));
      assertEquals(Set.of(iri("event/wire-a-0")), eventsIn(store, "wire-b"));
    }
  }

  @Test
  void aDifferentDateKeepsTwoEvents() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleA("04", "2025-05-06")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleB("04", "2025-05-05", false)));
      assertEquals(Set.of(iri("event/wire-a-0")), eventsIn(store, "wire-a"));
      assertEquals(Set.of(iri("event/wire-b-0")), eventsIn(store, "wire-b"));
      assertUnionConforms(store);
    }
  }

  @Test
  void undatedEventsNeverMerge() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleA("04", null)));
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleB("04", null, false)));
      assertEquals(Set.of(iri("event/wire-a-0")), eventsIn(store, "wire-a"));
      assertEquals(Set.of(iri("event/wire-b-0")), eventsIn(store, "wire-b"));
    }
  }

  @Test
  void aDifferentTypeOrNoSharedParticipantKeepsTwoEvents() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleA("04", "2025-05-06")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleB("05", "2025-05-06", false)));
      assertEquals(Set.of(iri("event/wire-b-0")), eventsIn(store, "wire-b"), "other type");
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleB("04", "2025-05-06", true)));
      assertEquals(Set.of(iri("event/wire-b-0")), eventsIn(store, "wire-b"), "only Finland");
    }
  }

  @Test
  void ingestingAgainKeepsTheSharedIriAndAChangedEventGetsItsOwn() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleA("04", "2025-05-06")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleB("04", "2025-05-06", false)));
      long quads = store.stats().quads();
      // the same articles again: nothing changes
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleA("04", "2025-05-06")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleB("04", "2025-05-06", false)));
      assertEquals(quads, store.stats().quads());
      assertEquals(Set.of(iri("event/wire-a-0")), eventsIn(store, "wire-b"));
      // A now reports another kind of event: the two are no longer one, each article's event
      // is its own again (as if A had never said otherwise), and no node gets two types
      new org.newskg.ingest.StoreWriter(store).write(List.of(articleA("18", "2025-05-06")));
      assertEquals(Set.of(iri("event/wire-b-0")), eventsIn(store, "wire-b"));
      assertEquals(Set.of(iri("event/wire-a-0")), eventsIn(store, "wire-a"));
      assertEquals(Set.of(NKG.eventType("18").asNode()),
          unionObjects(store, iri("event/wire-a-0"), NKG.eventType.asNode()));
      assertEquals(Set.of(NKG.eventType("04").asNode()),
          unionObjects(store, iri("event/wire-b-0"), NKG.eventType.asNode()));
      assertUnionConforms(store);
    }
  }
}
