package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.QueryTemplate;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;

/**
 * The overview queries of {@code queries/} read the counts the store keeps in its statistics
 * graph; here they give, row for row, what the queries that aggregate the article graphs give
 * ({@code src/test/resources/aggregating/}), on a real TDB2 store written batch by batch:
 * articles replaced by new versions, a surname taken over by its full name in stored graphs,
 * two entities of one name (a person and a club), and more entities than a page shows.
 */
class StatisticsQueriesTest {
  private static final String ID = NKG.DEFAULT_BASE;
  private static final List<String> PEOPLE = List.of("Anna Berg", "Marco Delgado", "Sara Kim",
      "Jonas Lind", "Erik Dahl", "Grace Okafor", "Ana Ruiz", "Tomas Novak", "Lena Vogel",
      "Chelsea", "Daniel Okafor", "Ines Duarte");
  private static final List<String> ORGS = List.of("Harbor Council", "Chelsea", "Grain Board",
      "Ferry Union", "Port Authority", "Dock Workers", "Pier Trust", "Tide Watch");
  private static final List<String> COUNTRIES = List.of("NO=Norway", "SE=Sweden", "FR=France",
      "DE=Germany", "UA=Ukraine", "PL=Poland");

  private static Resource entity(Model m, int i) {
    if (i < PEOPLE.size()) {
      return actor(m, "person/" + slug(PEOPLE.get(i)), PEOPLE.get(i), NKG.Person);
    }
    i -= PEOPLE.size();
    if (i < ORGS.size()) {
      return actor(m, "org/" + slug(ORGS.get(i)), ORGS.get(i), NKG.Organization);
    }
    String[] country = COUNTRIES.get(i - ORGS.size()).split("=");
    return actor(m, "country/" + country[0], country[1], NKG.Country);
  }

  private static String slug(String label) {
    return label.toLowerCase().replace(' ', '-');
  }

  private static Resource actor(Model m, String path, String label, Resource type) {
    Resource r = m.createResource(ID + path, type);
    r.addProperty(RDFS.label, label);
    return r;
  }

  /** An article naming some of the entities, with statements by some about others. */
  private static ArticleGraph article(String id, Random random, int version) {
    return article(id, random, version, Integer.MAX_VALUE);
  }

  /** The same, naming at most {@code most} entities. */
  private static ArticleGraph article(String id, Random random, int version, int most) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/" + id, NKG.Article);
    int total = PEOPLE.size() + ORGS.size() + COUNTRIES.size();
    List<Resource> named = new ArrayList<>();
    // the first few entities are in most articles, the rest now and then: a long tail
    for (int i = 0; i < total; i++) {
      if (named.size() < most && random.nextDouble() < (i < 6 ? 0.8 : 0.25)) {
        Resource e = entity(m, i);
        e.addProperty(NKG.mentionedIn, a);
        named.add(e);
        if (i % 3 == 0) {
          // an event participation with the entity's actor code (one code per entity, so that
          // the codes list reads the same whatever order they are found in)
          m.createResource(ID + "participation/" + id + "-" + i)
              .addProperty(NKG.participationOf, e).addProperty(NKG.actorCode, "C" + i);
        }
      }
    }
    for (int s = 0; s < named.size() / 2 + version; s++) {
      Resource st = m.createResource(ID + "statement/" + id + "-" + s, NKG.Statement);
      st.addProperty(NKG.inArticle, a);
      st.addProperty(NKG.text, "words " + s);
      if (!named.isEmpty()) {
        st.addProperty(NKG.speaker, named.get(random.nextInt(named.size())));
        st.addProperty(NKG.about, named.get(random.nextInt(named.size())));
      }
    }
    return new ArticleGraph(a.getURI(), id + "-" + version, m.getGraph(), 1, named.size());
  }

  /** An article with one person named by surname only, or in full. */
  private static ArticleGraph person(String id, String label) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/" + id, NKG.Article);
    Resource p = actor(m, "person/" + slug(label), label, NKG.Person);
    p.addProperty(NKG.mentionedIn, a);
    Resource st = m.createResource(ID + "statement/" + id + "-0", NKG.Statement);
    st.addProperty(NKG.inArticle, a);
    st.addProperty(NKG.speaker, p);
    return new ArticleGraph(a.getURI(), id, m.getGraph(), 1, 1);
  }

  private static String resource(String path) {
    try (InputStream in = StatisticsQueriesTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> rows(KnowledgeStore store, Query query) {
    return Txn.calculateRead(store.dataset(), () -> {
      List<String> out = new ArrayList<>();
      try (QueryExecution q = QueryExecution.dataset(store.dataset()).query(query).build()) {
        ResultSet rs = q.execSelect();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          StringBuilder row = new StringBuilder();
          rs.getResultVars().forEach(v -> row.append(v).append('=').append(s.get(v)).append(' '));
          out.add(row.toString());
        }
      }
      return out;
    });
  }

  /** The canned query and the aggregating one, bound alike, give the same rows. */
  private static void sameAnswers(KnowledgeStore store, String name, Map<String, Node> params,
                                  long limit) {
    Query canned = QueryTemplate.load(name).bind(params);
    // bound as QueryTemplate binds the canned one: the value in the VALUES row of the file
    String text = resource("/aggregating/" + name + ".rq");
    for (Map.Entry<String, Node> p : params.entrySet()) {
      String row = "VALUES ?" + p.getKey() + " { \"\" }";
      assertTrue(text.contains(row), row);
      text = text.replace(row, "VALUES ?" + p.getKey() + " { \""
          + p.getValue().getLiteralLexicalForm() + "\" }");
    }
    Query aggregating = QueryFactory.create(text);
    if (limit > 0) {
      aggregating.setLimit(limit);
    }
    List<String> expected = rows(store, aggregating);
    assertTrue(!expected.isEmpty(), name + " " + params);
    assertEquals(expected, rows(store, canned), name + " " + params);
  }

  private static void allSame(KnowledgeStore store) {
    for (String type : List.of("", "Person", "Organization", "Country")) {
      sameAnswers(store, "entities", Map.of("typeName", lit(type)), 100);
    }
    sameAnswers(store, "top-speakers", Map.of(), 0);
    for (String name : List.of("", " ", "Anna Berg", "okafor", "chelsea")) {
      sameAnswers(store, "co-mentioned", Map.of("name", lit(name)), 0);
    }
  }

  /** The least shared-article count of the pairs the statistics graph keeps. */
  private static int floor(KnowledgeStore store) {
    List<String> rows = rows(store, QueryFactory.create("PREFIX nkg: <" + NKG.NS + ">"
        + " SELECT ?floor WHERE { GRAPH <" + NKG.STATISTICS_GRAPH + "> { <"
        + NKG.STATISTICS_GRAPH + "/co-mentions> nkg:coMentionFloor ?floor } }"));
    assertEquals(1, rows.size(), rows.toString());
    // a row is "floor=LEXICAL^^DATATYPE "
    return Integer.parseInt(rows.get(0).substring("floor=".length()).split("\\^\\^")[0]
        .replace("\"", ""));
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }

  @Test
  void theCountsGiveWhatTheAggregatesGiveAfterEveryKindOfWrite(@TempDir Path dir) {
    Random random = new Random(24);
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      // a store with fewer pairs than it keeps keeps every pair
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a0", random, 0)));
      assertEquals(1, floor(store));
      sameAnswers(store, "co-mentioned", Map.of("name", lit("")), 0);
      for (int batch = 0; batch < 8; batch++) {
        List<ArticleGraph> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          articles.add(article("a" + (batch * 6 + i), random, 0));
        }
        new org.newskg.ingest.StoreWriter(store).write(articles);
      }
      int raised = floor(store);
      assertTrue(raised > 1, "only the frequent pairs kept: " + raised);
      allSame(store);
      // new versions of stored articles, naming other entities
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a3", random, 1), article("a17", random, 2)));
      // a surname in stored graphs taken over by its full name
      new org.newskg.ingest.StoreWriter(store).write(List.of(person("s1", "Moreau"), person("s2", "Moreau")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(person("s3", "Claire Moreau"),
          person("s4", "Claire Moreau")));
      allSame(store);
      // most articles replaced by versions naming two entities: too few frequent pairs left,
      // so every pair is counted again under a lower floor
      List<ArticleGraph> fewer = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        fewer.add(article("a" + i, new Random(i), 3, 2));
      }
      new org.newskg.ingest.StoreWriter(store).write(fewer);
      assertTrue(floor(store) < raised, "lowered from " + raised);
      allSame(store);
      // the surname's two articles and the full name's two, under the full name
      List<String> moreau = rows(store, QueryFactory.create("PREFIX nkg: <" + NKG.NS + ">"
          + " SELECT ?entity ?articles WHERE { GRAPH <" + NKG.STATISTICS_GRAPH + "> { ?entity"
          + " nkg:articleCount ?articles FILTER (CONTAINS(STR(?entity), 'moreau')) } }"));
      assertEquals(1, moreau.size(), moreau.toString());
      assertTrue(moreau.get(0).contains("person/claire-moreau articles=\"4\""), moreau.get(0));
    }
    // a store without the graph (written before it) gets it when opened
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().deleteAny(
          NodeFactory.createURI(NKG.STATISTICS_GRAPH), Node.ANY, Node.ANY, Node.ANY));
    }
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      allSame(store);
    }
  }
}
