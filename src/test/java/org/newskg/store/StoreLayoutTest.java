package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.StoreWriter;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;

/** The store records its layout, converts a store of layout 1 and refuses a later one. */
class StoreLayoutTest {
  private static final String ID = "https://example.org/id/";
  private static final Node STORE = NodeFactory.createURI(NKG.STORE);

  /** An article whose one statement a person of the given label speaks. */
  private static Graph article(String id, String speaker) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/" + id, NKG.Article);
    a.addProperty(NKG.contentHash, id);
    Resource p = m.createResource(ID + "person/" + speaker.toLowerCase().replace(' ', '-'),
        NKG.Person);
    p.addProperty(RDFS.label, speaker);
    p.addProperty(NKG.mentionedIn, a);
    Resource st = m.createResource(ID + "statement/" + id + "-0", NKG.Statement);
    st.addProperty(NKG.speaker, p);
    st.addProperty(NKG.inArticle, a);
    return m.getGraph();
  }

  private static Integer layoutOf(KnowledgeStore store) {
    return Txn.calculateRead(store.datasetGraph(), () -> StoreLayout.of(store.datasetGraph()));
  }

  @Test
  void aNewStoreRecordsItsLayoutInItsHiddenDefaultGraph(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      assertEquals(KnowledgeStore.LAYOUT, layoutOf(store));
      new StoreWriter(store).write(List.of(new ArticleGraph(ID + "article/a", "a",
          article("a", "Ngozi Eze"), 1, 1)));
      assertNotNull(store.readForm(ID + "article/a"));
      // queries do not see the bookkeeping
      long seen = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
          .getUnionGraph().find(Node.ANY, NKG.readAs.asNode(), Node.ANY).toList().size());
      assertEquals(0, seen);
    }
  }

  /** Writes a store as a newskg of layout 1 left it: one article graph, no layout recorded. */
  static void writeLayoutOne(Path dir) {
    Node a = NodeFactory.createURI(ID + "article/a");
    DatasetGraph old = DatabaseMgr.connectDatasetGraph(dir.toString());
    Txn.executeWrite(old, () -> article("a", "Ngozi Eze").find()
        .forEachRemaining(t -> old.add(a, t.getSubject(), t.getPredicate(), t.getObject())));
    TDBInternal.expel(old);
  }

  @Test
  void aStoreOfLayoutOneIsConvertedWhenOpened(@TempDir Path dir) {
    Node a = NodeFactory.createURI(ID + "article/a");
    writeLayoutOne(dir);
    List<String> notices = new ArrayList<>();
    try (KnowledgeStore store = KnowledgeStore.open(dir, notices::add)) {
      // said once, in one line naming the store
      assertEquals(1, notices.size(), notices.toString());
      assertTrue(notices.get(0).contains("store " + dir + " ")
          && notices.get(0).contains("layout 1") && notices.get(0).contains("once")
          && !notices.get(0).contains("\n"), notices.get(0));
      assertEquals(KnowledgeStore.LAYOUT, layoutOf(store));
      Graph read = store.readForm(a.getURI());
      assertNotNull(read);
      assertTrue(read.isIsomorphicWith(article("a", "Ngozi Eze")));
      // the converted article is linked to the ones written after it (its full name and a
      // second article's make the two a surname needs)
      new StoreWriter(store).write(List.of(new ArticleGraph(ID + "article/c", "c",
          article("c", "Ngozi Eze"), 1, 1), new ArticleGraph(ID + "article/b", "b",
          article("b", "Eze"), 1, 1)));
      Set<Node> speakers = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
          .getGraph(NodeFactory.createURI(ID + "article/b"))
          .find(Node.ANY, NKG.speaker.asNode(), Node.ANY).mapWith(t -> t.getObject()).toSet());
      assertEquals(Set.of(NodeFactory.createURI(ID + "person/ngozi-eze")), speakers);
    }
    // converted once: opened again, nothing to say
    try (KnowledgeStore store = KnowledgeStore.open(dir, notices::add)) {
      assertEquals(1, notices.size(), notices.toString());
    }
  }

  @Test
  void aNewStoreIsNoConversion(@TempDir Path dir) {
    List<String> notices = new ArrayList<>();
    try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("new"), notices::add)) {
      assertEquals(KnowledgeStore.LAYOUT, layoutOf(store));
    }
    assertEquals(List.of(), notices);
  }

  @Test
  void aStoreOfALaterLayoutIsRefusedSayingSo(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      Txn.executeWrite(store.datasetGraph(), () -> {
        Graph g = store.datasetGraph().getDefaultGraph();
        g.remove(STORE, NKG.storeLayout.asNode(), Node.ANY);
        g.add(STORE, NKG.storeLayout.asNode(), NodeFactory.createLiteralDT("3",
            XSDDatatype.XSDinteger));
      });
    }
    StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.open(dir));
    assertTrue(e.getMessage().contains("layout 3") && e.getMessage().contains("later newskg"),
        e.getMessage());
    // refused, and released: the store can be opened again (and refused again)
    assertThrows(StoreException.class, () -> KnowledgeStore.open(dir));
  }
}
