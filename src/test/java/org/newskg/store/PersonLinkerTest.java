package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;

/** People named by surname in one article and in full in another, in a real TDB2 store. */
class PersonLinkerTest {
  private static final String ID = "https://example.org/id/";

  /** An article whose statement is spoken by one person with the given label and slug. */
  private static ArticleGraph article(String id, String speakerLabel) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/" + id, NKG.Article);
    String slug = speakerLabel.toLowerCase().replace(' ', '-');
    Resource p = m.createResource(ID + "person/" + slug, NKG.Person);
    p.addProperty(RDFS.label, speakerLabel);
    p.addProperty(NKG.mentionedIn, a);
    Resource st = m.createResource(ID + "statement/" + id + "-0", NKG.Statement);
    st.addProperty(NKG.speaker, p);
    st.addProperty(NKG.inArticle, a);
    return new ArticleGraph(a.getURI(), id, m.getGraph(), 1, 1);
  }

  /** speaker of each statement and the labels and alternative labels of people, in the union. */
  private static List<String> view(KnowledgeStore store) {
    List<String> rows = new ArrayList<>();
    store.dataset().begin(ReadWrite.READ);
    try (QueryExecution q = QueryExecution.dataset(store.dataset()).query("""
        PREFIX nkg: <https://w3id.org/newskg/ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?st ?who ?label (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?alts) WHERE {
          GRAPH ?g { ?st nkg:speaker ?who }
          GRAPH ?h { ?who rdfs:label ?label }
          OPTIONAL { GRAPH ?i { ?who skos:altLabel ?alt } }
        } GROUP BY ?st ?who ?label ORDER BY ?st ?label""").build()) {
      ResultSet rs = q.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        rows.add(s.getResource("st").getURI().replace(ID, "") + " " + s.getResource("who")
            .getURI().replace(ID, "") + " " + s.getLiteral("label").getString() + " alt="
            + (s.getLiteral("alts") == null ? "" : s.getLiteral("alts").getString()));
      }
    } finally {
      store.dataset().end();
    }
    return rows;
  }

  @Test
  void surnameFirstThenFullNameAndTheReverseEndTheSame() {
    List<String> surnameFirst;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("a", "Trump")));
      store.write(List.of(article("b", "Donald Trump")));
      surnameFirst = view(store);
    }
    List<String> fullNameFirst;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("b", "Donald Trump")));
      store.write(List.of(article("a", "Trump")));
      fullNameFirst = view(store);
    }
    List<String> oneBatch;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("a", "Trump"), article("b", "Donald Trump")));
      oneBatch = view(store);
    }
    assertEquals(List.of("statement/a-0 person/donald-trump Donald Trump alt=Trump",
        "statement/b-0 person/donald-trump Donald Trump alt=Trump"), surnameFirst);
    assertEquals(surnameFirst, fullNameFirst);
    assertEquals(surnameFirst, oneBatch);
  }

  @Test
  void twoFullNamesOfOneSurnameLeaveTheSurnameAlone() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("b", "Donald Trump"), article("c", "Melania Trump")));
      store.write(List.of(article("a", "Trump")));
      Set<String> people = new TreeSet<>();
      view(store).forEach(r -> people.add(r.split(" ")[1]));
      assertEquals(Set.of("person/donald-trump", "person/melania-trump", "person/trump"), people);
    }
  }

  @Test
  void differentFullNamesAreNeverJoined() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("a", "Boris Johnson")));
      store.write(List.of(article("b", "Dustin Johnson"), article("c", "Johnson")));
      List<String> rows = view(store);
      assertTrue(rows.contains("statement/a-0 person/boris-johnson Boris Johnson alt="), rows
          .toString());
      assertTrue(rows.contains("statement/b-0 person/dustin-johnson Dustin Johnson alt="),
          rows.toString());
      // two full names by then: the surname alone stays its own person
      assertTrue(rows.contains("statement/c-0 person/johnson Johnson alt="), rows.toString());
    }
  }

  @Test
  void reingestingTheSurnameArticleKeepsTheJoin() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("a", "Trump")));
      store.write(List.of(article("b", "Donald Trump")));
      store.write(List.of(article("a", "Trump")));
      assertEquals(List.of("statement/a-0 person/donald-trump Donald Trump alt=Trump",
          "statement/b-0 person/donald-trump Donald Trump alt=Trump"), view(store));
    }
  }

  /** An article whose statements are spoken by the given people, one statement each. */
  private static ArticleGraph article(String id, String... speakers) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/" + id, NKG.Article);
    for (int i = 0; i < speakers.length; i++) {
      Resource p = m.createResource(ID + "person/" + speakers[i].toLowerCase().replace(' ', '-'),
          NKG.Person);
      p.addProperty(RDFS.label, speakers[i]);
      Resource st = m.createResource(ID + "statement/" + id + "-" + i, NKG.Statement);
      st.addProperty(NKG.speaker, p);
      st.addProperty(NKG.inArticle, a);
    }
    return new ArticleGraph(a.getURI(), id, m.getGraph(), 1, 1);
  }

  @Test
  void aFullNameThatLeftTheStoreWithItsArticleNoLongerCounts() {
    // the linker keeps its index between batches; a re-ingested article may take a person away
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("b", "Donald Trump")));
      store.write(List.of(article("c", "Melania Trump")));
      store.write(List.of(article("c", "Erik Dahl")));
      store.write(List.of(article("a", "Trump")));
      assertTrue(view(store).contains("statement/a-0 person/donald-trump Donald Trump alt=Trump"),
          view(store).toString());
    }
  }

  @Test
  void twoFullNamesOfOneSurnameInOneArticleBothCount() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      store.write(List.of(article("b", "Donald Trump", "Melania Trump")));
      store.write(List.of(article("a", "Trump")));
      assertTrue(view(store).contains("statement/a-0 person/trump Trump alt="),
          view(store).toString());
    }
  }

  @Test
  void aReopenedStoreReadsItsPeopleAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      store.write(List.of(article("a", "Trump")));
    }
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      store.write(List.of(article("b", "Donald Trump")));
      assertEquals(List.of("statement/a-0 person/donald-trump Donald Trump alt=Trump",
          "statement/b-0 person/donald-trump Donald Trump alt=Trump"), view(store));
    }
  }

  @Test
  void wordsIgnoreAccentsDotsAndSuffixes() {
    assertEquals(List.of("jonas", "gahr", "store"), PersonLinker.words("Jonas Gahr Støre"));
    assertEquals(List.of("jose", "alvarez"), PersonLinker.words("José Álvarez"));
    assertEquals(List.of("martin", "luther", "king"), PersonLinker.words("Martin Luther King Jr."));
    assertEquals(List.of("c", "c", "wei"), PersonLinker.words("C.C. Wei"));
  }
}
