package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;

class KnowledgeStoreTest {
  private static final String BASE = "https://w3id.org/newskg/id/";
  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  private static ArticleGraph article(String id, String hash, String personLabel) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(BASE + "article/" + id, NKG.Article);
    a.addProperty(NKG.body, "Body of " + id);
    a.addProperty(NKG.contentHash, hash);
    m.createResource(BASE + "person/cc-wei", NKG.Person)
        .addProperty(RDFS.label, personLabel)
        .addProperty(NKG.mentionedIn, a);
    return new ArticleGraph(a.getURI(), hash, m.getGraph(), 0, 1);
  }

  private static Set<String> objects(KnowledgeStore store, String subject, Node predicate) {
    return Txn.calculateRead(store.datasetGraph(), () ->
        store.datasetGraph().getUnionGraph()
            .find(NodeFactory.createURI(subject), predicate, Node.ANY).toList().stream()
            .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
  }

  @Test
  void writesOneNamedGraphPerArticleAndReplacesIt(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("one", HASH_A, "C.C. Wei")));
      assertEquals(Optional.of(HASH_A), store.contentHashOf(BASE + "article/one"));
      assertEquals(Optional.empty(), store.contentHashOf(BASE + "article/two"));
      long quads = store.stats().quads();
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("one", HASH_B, "C.C. Wei")));
      assertEquals(Optional.of(HASH_B), store.contentHashOf(BASE + "article/one"));
      assertEquals(quads, store.stats().quads(), "the article's graph was replaced, not added to");
      assertEquals(1, store.stats().articles());
      long inGraph = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
          .getGraph(NodeFactory.createURI(BASE + "article/one")).size());
      long counts = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
          .getGraph(NodeFactory.createURI(org.newskg.rdf.NKG.STATISTICS_GRAPH)).size());
      assertEquals(quads, inGraph + counts,
          "every quad is in the article's named graph or among the statistics");
    }
  }

  @Test
  void anEntityKeepsOneLabelAcrossArticles(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("one", HASH_A, "C.C. Wei")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("two", HASH_B, "CC Wei")));
      String person = BASE + "person/cc-wei";
      assertEquals(Set.of("C.C. Wei"), objects(store, person, RDFS.label.asNode()));
      assertEquals(Set.of("CC Wei"), objects(store, person, NKG.skosAltLabel.asNode()));
    }
  }

  @Test
  void theNamesAsStoredGetSearchKeys(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("one", HASH_A, "C.C. Wei")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("two", HASH_B, "CC Wei")));
      Set<String> keys = objects(store, BASE + "person/cc-wei", NKG.skosHiddenLabel.asNode());
      assertTrue(keys.containsAll(Set.of("c.c. wei", "cc wei", "wei", "c.c.", "cc")),
          keys.toString());
      // the second article's graph has the keys of the label the store kept for it
      Set<String> inTwo = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
          .getGraph(NodeFactory.createURI(BASE + "article/two"))
          .find(Node.ANY, NKG.skosHiddenLabel.asNode(), Node.ANY).toList().stream()
          .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
      assertTrue(inTwo.contains("c.c. wei"), inTwo.toString());
    }
  }

  @Test
  void aStoreWrittenWithoutSearchKeysGetsThemWhenOpened(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      // as a store of an earlier newskg holds an article: no skos:hiddenLabel
      ArticleGraph old = article("one", HASH_A, "Jonas Gahr Støre");
      Node graph = NodeFactory.createURI(old.articleIri());
      Txn.executeWrite(store.datasetGraph(), () -> old.graph().find().forEachRemaining(t ->
          store.datasetGraph().add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
      assertEquals(Set.of(), objects(store, BASE + "person/cc-wei",
          NKG.skosHiddenLabel.asNode()));
    }
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      Set<String> keys = objects(store, BASE + "person/cc-wei", NKG.skosHiddenLabel.asNode());
      assertTrue(keys.containsAll(Set.of("jonas gahr støre", "gahr store", "støre")),
          keys.toString());
    }
  }

  @Test
  void reopensAfterClose(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("one", HASH_A, "C.C. Wei")));
    }
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      assertEquals(1, store.stats().articles());
      assertTrue(store.bytesOnDisk() > 0);
    }
  }

  @Test
  void compactionKeepsTheDataAndFreesOldVersions(@TempDir Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      // one transaction per write leaves old versions behind until compaction
      for (int i = 0; i < 40; i++) {
        new org.newskg.ingest.StoreWriter(store).write(List.of(article("one", i % 2 == 0 ? HASH_A : HASH_B, "C.C. Wei")));
      }
      long before = store.bytesOnDisk();
      long quads = store.stats().quads();
      store.compact();
      assertEquals(quads, store.stats().quads());
      assertEquals(Optional.of(HASH_B), store.contentHashOf(BASE + "article/one"));
      assertTrue(store.bytesOnDisk() < before, before + " -> " + store.bytesOnDisk());
    }
  }

  @Test
  void aTemporaryStoreIsDeletedOnClose() {
    Path dir;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("one", HASH_A, "C.C. Wei")));
      dir = store.directory();
      assertTrue(java.nio.file.Files.isDirectory(dir));
    }
    assertTrue(!java.nio.file.Files.exists(dir), dir + " still exists");
  }
}
