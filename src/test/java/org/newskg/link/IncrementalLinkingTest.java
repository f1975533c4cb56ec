package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.StoreWriter;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/**
 * The link stage decides again only what a batch touches; what it gives must be what deciding
 * everything again over every article gives ({@link FullLinkStage}, the stage as it was), batch
 * by batch, for articles in one batch, one by one, in reverse, in random batches, re-ingested
 * with other content, and gone.
 */
class IncrementalLinkingTest {
  private static final String ID = "https://example.org/id/";
  private static final String CAMEO = "https://w3id.org/newskg/cameo/";

  /** An article as read, built by hand: people, organizations and dated events. */
  private static final class Article {
    final String id;
    final Model m = ModelFactory.createDefaultModel();
    final Resource a;
    int n;

    Article(String id) {
      this.id = id;
      a = m.createResource(ID + "article/" + id, NKG.Article);
      a.addProperty(NKG.contentHash, id);
      a.addProperty(RDFS.label, "Headline " + id);
    }

    /** A person of this label, called also by the forms, with a role if not null. */
    Article person(String label, String role, String... forms) {
      Resource p = m.createResource(ID + "person/" + slug(label), NKG.Person);
      p.addProperty(RDFS.label, label);
      p.addProperty(NKG.mentionedIn, a);
      for (String f : forms) {
        p.addProperty(NKG.skosAltLabel, f);
      }
      if (role != null) {
        Resource r = m.createResource(ID + "role/" + slug(label) + "--" + slug(role), NKG.Role);
        r.addProperty(RDFS.label, role);
        p.addProperty(NKG.role, r);
      }
      Resource st = m.createResource(ID + "statement/" + id + "-" + n++, NKG.Statement);
      st.addProperty(NKG.speaker, p);
      st.addProperty(NKG.inArticle, a);
      return this;
    }

    /** An organization of the given slug, labelled as this article writes it. */
    Article org(String slug, String label) {
      Resource o = m.createResource(ID + "organization/" + slug, NKG.Organization);
      o.addProperty(RDFS.label, label);
      o.addProperty(NKG.mentionedIn, a);
      return this;
    }

    /** An event of a CAMEO root code on a day, with participants by IRI path. */
    Article event(String code, String day, String... participants) {
      Resource e = m.createResource(ID + "event/" + id + "-" + n++, NKG.Event);
      e.addProperty(NKG.eventType, m.createResource(CAMEO + code));
      e.addProperty(NKG.date, m.createTypedLiteral(day, XSDDatatype.XSDdate));
      e.addProperty(RDFS.label, "event " + code);
      e.addProperty(NKG.inArticle, a);
      for (String p : participants) {
        e.addProperty(NKG.participant, m.createResource(ID + p));
      }
      return this;
    }

    ArticleGraph graph() {
      return new ArticleGraph(a.getURI(), id, KnowledgeStore.asStored(m.getGraph()), n, n);
    }
  }

  private static String slug(String s) {
    return s.toLowerCase().replace(' ', '-').replace(".", "");
  }

  /** Our own small articles: surnames with one full name, with several, events shared. */
  private static List<ArticleGraph> articles() {
    List<Article> all = List.of(
        new Article("a1").person("Adaeze Okafor", "trade minister", "Ms Okafor")
            .event("04", "2025-03-04", "person/adaeze-okafor", "country/ng")
            .org("harbor-union", "Harbor Union"),
        new Article("a2").person("Okafor", "trade minister", "Ms. Okafor")
            .event("04", "2025-03-04", "person/okafor", "country/pe")
            .org("harbor-union", "Harbour Union"),
        new Article("a3").person("Tomas Lind", null, "Mr Lind").person("Lind", null)
            .event("14", "2025-03-05", "person/lind", "country/se"),
        new Article("a4").person("Lind", null, "Mr Lind")
            .event("14", "2025-03-05", "person/lind", "country/se")
            .org("harbor-union", "Harbour Union"),
        new Article("a5").person("Sara Lind", null, "Ms Lind")
            .event("14", "2025-03-05", "person/sara-lind"),
        new Article("a6").person("Lind", null, "Ms Lind").org("harbor-union", "Harbor Union")
            .event("14", "2025-03-05", "person/lind", "country/se"),
        new Article("a7").person("Maria Ek", "mayor").person("Ek", "mayor")
            .event("04", "2025-03-04", "country/ng", "country/pe"),
        new Article("a8").person("Ek", null, "Mrs Ek")
            .event("04", "2025-03-04", "person/ek", "country/ng"),
        new Article("a9").person("Prince Ek", null).person("Jonas Ek", "mayor", "Mr Ek")
            .org("harbor-union", "Harbour Union"),
        new Article("a10").person("Okafor", null, "Mr Okafor")
            .event("04", "2025-03-06", "person/okafor"),
        // a second Okafor in full: a12's Okafor is no longer sure, nor then its event
        new Article("a11").person("Bola Okafor", null).event("04", "2025-03-09"),
        new Article("a12").person("Okafor", null)
            .event("04", "2025-03-04", "person/okafor"),
        // full names a second article gives: one article's full name joins no surname of
        // another
        new Article("a13").person("Tomas Lind", null, "Mr Lind"),
        new Article("a14").person("Bola Okafor", null),
        new Article("a15").person("Sara Lind", null, "Ms Lind"));
    return all.stream().map(Article::graph).toList();
  }

  /** A store in memory: graphs as read, views, the links graph, and its batch count. */
  private static final class MemoryStore implements ReadForms {
    final Map<String, Graph> read = new TreeMap<>();
    final Map<String, Graph> views = new TreeMap<>();
    final Set<Triple> links = new HashSet<>();
    long generation;

    @Override
    public void forEachReadForm(BiConsumer<String, Graph> action) {
      read.forEach(action);
    }

    @Override
    public Graph readForm(String articleIri) {
      return read.get(articleIri);
    }

    @Override
    public long generation() {
      return generation;
    }

    void write(LinkedBatch batch) {
      read.putAll(batch.readForms());
      views.putAll(batch.views());
      batch.linksRemoved().forEach(links::remove);
      links.addAll(batch.linksAdded());
      generation++;
    }

    /** Every quad, views and links graph, as sorted N-Quads. */
    String nquads() {
      DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
      views.forEach((name, g) -> g.find().forEachRemaining(t -> dsg.add(
          org.apache.jena.graph.NodeFactory.createURI(name), t.getSubject(), t.getPredicate(),
          t.getObject())));
      Node linksGraph = org.apache.jena.graph.NodeFactory.createURI(NKG.LINKS_GRAPH);
      links.forEach(t -> dsg.add(linksGraph, t.getSubject(), t.getPredicate(), t.getObject()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RDFDataMgr.write(out, dsg, Lang.NQUADS);
      String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
      Arrays.sort(lines);
      return String.join("\n", lines);
    }
  }

  private static String describe(Graph g) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, g, Lang.NTRIPLES);
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    Arrays.sort(lines);
    return String.join("\n", lines);
  }

  /** The same batch, as the incremental stage and as the full recomputation give it. */
  private static void assertSameBatch(LinkedBatch expected, LinkedBatch actual, String step) {
    assertEquals(expected.readForms().keySet(), actual.readForms().keySet(), step);
    assertEquals(new TreeMap<>(expected.views()).keySet(),
        new TreeMap<>(actual.views()).keySet(), step + ": articles whose view changed");
    expected.views().forEach((article, g) ->
        assertEquals(describe(g), describe(actual.views().get(article)), step + " " + article));
    assertEquals(new HashSet<>(expected.linksRemoved()), new HashSet<>(actual.linksRemoved()),
        step + ": links removed");
    assertEquals(new HashSet<>(expected.linksAdded()), new HashSet<>(actual.linksAdded()),
        step + ": links added");
  }

  /**
   * Links the batches with the link stage and with the full recomputation, each into a store
   * of its own, checks each batch is the same, and gives the N-Quads of the stage's store.
   */
  private static String linkBothWays(List<List<ArticleGraph>> batches) {
    MemoryStore incremental = new MemoryStore();
    MemoryStore full = new MemoryStore();
    LinkStage stage = new LinkStage(incremental);
    FullLinkStage oracle = new FullLinkStage(full);
    int i = 0;
    for (List<ArticleGraph> batch : batches) {
      LinkedBatch expected = oracle.link(batch);
      LinkedBatch actual = stage.link(batch);
      assertSameBatch(expected, actual, "batch " + i++ + " " + batch.stream()
          .map(ArticleGraph::contentHash).toList());
      full.write(expected);
      incremental.write(actual);
    }
    assertEquals(full.nquads(), incremental.nquads());
    return incremental.nquads();
  }

  private static List<List<ArticleGraph>> oneByOne(List<ArticleGraph> articles) {
    return articles.stream().map(List::of).toList();
  }

  @Test
  void oneBatchOneByOneAndReverseGiveWhatTheFullRecomputationGives() {
    List<ArticleGraph> articles = articles();
    String oneBatch = linkBothWays(List.of(articles));
    String oneByOne = linkBothWays(oneByOne(articles));
    List<ArticleGraph> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    String reverse = linkBothWays(oneByOne(reversed));
    assertEquals(oneBatch, oneByOne);
    assertEquals(oneBatch, reverse);
    // the articles do join people and events, or the test would prove little
    assertTrue(oneBatch.contains("<" + ID + "article/a2#person/okafor> <http://www.w3.org/2002/"
        + "07/owl#sameAs> <" + ID + "person/adaeze-okafor>"), oneBatch);
    assertTrue(oneBatch.contains("#sameAs> <" + ID + "event/"), oneBatch);
    assertTrue(oneBatch.contains("<" + ID + "organization/harbor-union> <http://www.w3.org/2000/"
        + "01/rdf-schema#label> \"Harbour Union\" <" + NKG.LINKS_GRAPH + ">"), oneBatch);
  }

  @Test
  void randomBatchesAndReingestsGiveWhatTheFullRecomputationGives() {
    List<ArticleGraph> articles = articles();
    String expected = linkBothWays(List.of(articles));
    for (long seed = 1; seed <= 30; seed++) {
      Random random = new Random(seed);
      List<ArticleGraph> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, random);
      List<List<ArticleGraph>> batches = new ArrayList<>();
      int i = 0;
      while (i < shuffled.size()) {
        int size = 1 + random.nextInt(4);
        List<ArticleGraph> batch = new ArrayList<>(
            shuffled.subList(i, Math.min(shuffled.size(), i + size)));
        // now and then an article read before, again (as --force does), in the same batch
        if (i > 0 && random.nextInt(3) == 0) {
          batch.add(shuffled.get(random.nextInt(i)));
        }
        batches.add(batch);
        i += size;
      }
      assertEquals(expected, linkBothWays(batches), "seed " + seed);
    }
  }

  @Test
  void anArticleReadAgainWithOtherPeopleAndEventsIsDecidedAgain() {
    List<ArticleGraph> articles = articles();
    List<List<ArticleGraph>> batches = new ArrayList<>(oneByOne(articles));
    // a5's Sara Lind gone: a3's Tomas Lind is now the only Lind in full
    batches.add(List.of(new Article("a5").person("Erik Dahl", null)
        .event("14", "2025-03-07", "person/erik-dahl").graph()));
    // a1's full name and its event gone, a7's event on another day
    batches.add(List.of(new Article("a1").org("harbor-union", "Harbor Union").graph(),
        new Article("a7").person("Maria Ek", "mayor").person("Ek", "mayor")
            .event("04", "2025-03-06", "country/ng", "person/ek").graph()));
    batches.add(List.of(articles.get(0)));
    String nquads = linkBothWays(batches);
    assertTrue(nquads.contains("<" + ID + "article/a4#person/lind> <http://www.w3.org/2002/07/"
        + "owl#sameAs> <" + ID + "person/tomas-lind>"), nquads);
  }

  @Test
  void anArticleThatLeavesTakesItsDecisionsAlong() {
    List<ArticleGraph> articles = articles();
    Map<String, ArticleFacts> all = new LinkedHashMap<>();
    for (ArticleGraph a : articles) {
      all.put(a.articleIri(), ArticleFacts.of(a.articleIri(), a.graph()));
    }
    LinkIndex index = new LinkIndex();
    Set<Triple> links = new HashSet<>();
    LinkIndex.Change first = index.apply(all);
    links.addAll(first.linksAdded());
    // a1 (Adaeze Okafor) and a5 (Sara Lind) leave
    Map<String, ArticleFacts> gone = new HashMap<>();
    gone.put(ID + "article/a1", null);
    gone.put(ID + "article/a5", null);
    LinkIndex.Change change = index.apply(gone);
    change.linksRemoved().forEach(links::remove);
    links.addAll(change.linksAdded());

    Map<String, ArticleFacts> rest = new LinkedHashMap<>(all);
    rest.keySet().removeAll(gone.keySet());
    LinkIndex fresh = new LinkIndex();
    Set<Triple> freshLinks = new HashSet<>(fresh.apply(rest).linksAdded());
    assertEquals(freshLinks, links);
    for (String article : rest.keySet()) {
      assertEquals(fresh.joins(article), index.joins(article), article);
    }
    assertEquals(fresh.events(), index.events());
    for (ArticleFacts f : all.values()) {
      for (Node node : f.labels().keySet()) {
        assertEquals(fresh.label(node), index.label(node), node.toString());
      }
    }
    // the articles whose joins changed: a2 (its Okafor is Bola Okafor now), a6 (its Ms Lind was
    // Sara Lind); a3's Lind is the Tomas Lind it names, before and after
    assertTrue(change.changed().containsAll(Set.of(ID + "article/a2", ID + "article/a6")),
        change.changed().toString());
    assertEquals(Map.of(org.apache.jena.graph.NodeFactory.createURI(ID + "person/lind"),
        org.apache.jena.graph.NodeFactory.createURI(ID + "person/tomas-lind")),
        index.joins(ID + "article/a3"));
    assertEquals(Map.of(org.apache.jena.graph.NodeFactory.createURI(ID + "person/okafor"),
        org.apache.jena.graph.NodeFactory.createURI(ID + "person/bola-okafor")),
        index.joins(ID + "article/a2"));
  }

  @Test
  void aTdbStoreHoldsTheSameQuadsInOneBatchOneByOneAndInReverse() {
    List<ArticleGraph> articles = articles();
    List<ArticleGraph> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    List<String> results = new ArrayList<>();
    for (List<List<ArticleGraph>> batches : List.of(List.of(articles), oneByOne(articles),
        oneByOne(reversed))) {
      try (KnowledgeStore store = KnowledgeStore.temporary()) {
        StoreWriter writer = new StoreWriter(store);
        batches.forEach(writer::write);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.datasetGraph(),
            () -> RDFDataMgr.write(out, store.datasetGraph(), Lang.NQUADS));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        results.add(String.join("\n", lines));
      }
    }
    assertEquals(results.get(0), results.get(1));
    assertEquals(results.get(0), results.get(2));
    assertTrue(results.get(0).contains("person/adaeze-okafor"), results.get(0));
  }
}
