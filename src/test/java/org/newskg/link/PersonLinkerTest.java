package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

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
  /** GROUP_CONCAT's order is the store's node order, which depends on what was written first. */
  private static String sorted(String alts) {
    return String.join("|", java.util.Arrays.stream(alts.split("\\|")).sorted().toList());
  }

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
            + (s.getLiteral("alts") == null ? "" : sorted(s.getLiteral("alts").getString())));
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
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b", "Donald Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b2", "Donald Trump")));
      surnameFirst = view(store);
    }
    List<String> fullNameFirst;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b", "Donald Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b2", "Donald Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Trump")));
      fullNameFirst = view(store);
    }
    List<String> oneBatch;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Trump"), article("b", "Donald Trump"),
          article("b2", "Donald Trump")));
      oneBatch = view(store);
    }
    assertEquals(List.of("statement/a-0 person/donald-trump Donald Trump alt=Trump",
        "statement/b-0 person/donald-trump Donald Trump alt=Trump",
        "statement/b2-0 person/donald-trump Donald Trump alt=Trump"), surnameFirst);
    assertEquals(surnameFirst, fullNameFirst);
    assertEquals(surnameFirst, oneBatch);
  }

  @Test
  void twoFullNamesOfOneSurnameLeaveTheSurnameAlone() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b", "Donald Trump"), article("c", "Melania Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Trump")));
      Set<String> people = new TreeSet<>();
      view(store).forEach(r -> people.add(r.split(" ")[1]));
      assertEquals(Set.of("person/donald-trump", "person/melania-trump", "person/trump"), people);
    }
  }

  @Test
  void differentFullNamesAreNeverJoined() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Boris Johnson")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b", "Dustin Johnson"), article("c", "Johnson")));
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
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b", "Donald Trump"),
          article("b2", "Donald Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Trump")));
      assertEquals(List.of("statement/a-0 person/donald-trump Donald Trump alt=Trump",
          "statement/b-0 person/donald-trump Donald Trump alt=Trump",
          "statement/b2-0 person/donald-trump Donald Trump alt=Trump"), view(store));
    }
  }

  @Test
  void aFullNameOnlyOneOtherArticleGivesJoinsNoSurnameUnlessTheyShareARole() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      // one piece on an actress, one on a band's guitarist called by his surname alone
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("w1", "Raquel Welch", null)));
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("s1", "Welch", null)));
      assertEquals("person/welch", speakerOf(store, "s1"));
      // a second article naming her in full is the evidence one article is not
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("w2", "Raquel Welch", null)));
      assertEquals("person/raquel-welch", speakerOf(store, "s1"));
    }
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      // one article is enough when the surname has the full name's role
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("m1", "Lakshmi Mittal", "chief executive"),
          named("s1", "Mittal", "chief executive"), named("s2", "Mittal", null)));
      assertEquals("person/lakshmi-mittal", speakerOf(store, "s1"));
      assertEquals("person/mittal", speakerOf(store, "s2"));
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
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b", "Donald Trump"),
          article("b2", "Donald Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("c", "Melania Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("c", "Erik Dahl")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Trump")));
      assertTrue(view(store).contains("statement/a-0 person/donald-trump Donald Trump alt=Trump"),
          view(store).toString());
    }
  }

  @Test
  void twoFullNamesOfOneSurnameInOneArticleBothCount() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b", "Donald Trump", "Melania Trump")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Trump")));
      assertTrue(view(store).contains("statement/a-0 person/trump Trump alt="),
          view(store).toString());
    }
  }

  @Test
  void aReopenedStoreReadsItsPeopleAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("a", "Trump")));
    }
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b", "Donald Trump")));
    }
    try (KnowledgeStore store = KnowledgeStore.open(dir)) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(article("b2", "Donald Trump")));
      assertEquals(List.of("statement/a-0 person/donald-trump Donald Trump alt=Trump",
          "statement/b-0 person/donald-trump Donald Trump alt=Trump",
          "statement/b2-0 person/donald-trump Donald Trump alt=Trump"), view(store));
    }
  }

  @Test
  void wordsIgnoreAccentsDotsAndSuffixes() {
    assertEquals(List.of("jonas", "gahr", "store"), PersonLinker.words("Jonas Gahr Støre"));
    assertEquals(List.of("jose", "alvarez"), PersonLinker.words("José Álvarez"));
    assertEquals(List.of("martin", "luther", "king"), PersonLinker.words("Martin Luther King Jr."));
    assertEquals(List.of("c", "c", "wei"), PersonLinker.words("C.C. Wei"));
    assertEquals(List.of("charles", "evans"), PersonLinker.words("Charles Evans III"));
    assertEquals(List.of(), PersonLinker.words("Prince Charles"));
  }

  /**
   * An article with one statement by a person of the given label, its other forms in the text
   * and, if not null, a role with that title.
   */
  private static ArticleGraph named(String id, String label, String role, String... forms) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/" + id, NKG.Article);
    String slug = label.toLowerCase().replace(' ', '-');
    Resource p = m.createResource(ID + "person/" + slug, NKG.Person);
    p.addProperty(RDFS.label, label);
    p.addProperty(NKG.mentionedIn, a);
    for (String f : forms) {
      p.addProperty(NKG.skosAltLabel, f);
    }
    if (role != null) {
      Resource r = m.createResource(ID + "role/" + slug + "--" + role.replace(' ', '-'),
          NKG.Role);
      r.addProperty(RDFS.label, role);
      p.addProperty(NKG.role, r);
    }
    Resource st = m.createResource(ID + "statement/" + id + "-0", NKG.Statement);
    st.addProperty(NKG.speaker, p);
    st.addProperty(NKG.inArticle, a);
    return new ArticleGraph(a.getURI(), id, m.getGraph(), 1, 1);
  }

  private static String speakerOf(KnowledgeStore store, String id) {
    return view(store).stream().filter(r -> r.startsWith("statement/" + id + "-0 "))
        .map(r -> r.split(" ")[1]).findFirst().orElseThrow();
  }

  @Test
  void aSurnameJoinsTheFullNameTheStoresArticlesCallByTheSameForm() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("t1", "Tony Blair", null, "Mr Blair"),
          named("t2", "Tony Blair", null, "Mr Blair", "Blair"),
          named("c1", "Cherie Blair", null, "Mrs Blair"),
          named("i1", "Ian Blair", null, "Sir Ian")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("s1", "Blair", null, "Mr Blair")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("s2", "Blair", null)));
      assertEquals("person/tony-blair", speakerOf(store, "s1"));
      assertEquals("person/tony-blair", speakerOf(store, "s2"));
      // one label for the joined person across the graphs
      assertTrue(view(store).stream().filter(r -> r.contains("person/tony-blair "))
          .allMatch(r -> r.contains(" Tony Blair alt=")), view(store).toString());
    }
  }

  @Test
  void aSurnameJoinsTheFullNameThatHasItsRole() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("t1", "Tony Blair", "prime minister"),
          named("i1", "Ian Blair", "police commissioner", "Blair"),
          named("i2", "Ian Blair", null, "Blair")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("s1", "Blair", "prime minister")));
      assertEquals("person/tony-blair", speakerOf(store, "s1"));
    }
  }

  @Test
  void aTitlesGenderBlocksTheJoinInBothOrders() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("t1", "Tony Blair", null),
          named("t2", "Tony Blair", null)));
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("s1", "Blair", null, "Mrs Blair"),
          named("s2", "Blair", null, "Mr Blair")));
      assertEquals("person/blair", speakerOf(store, "s1"));
      assertEquals("person/tony-blair", speakerOf(store, "s2"));
    }
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("s1", "Blair", null, "Mrs Blair")));
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("t1", "Tony Blair", null),
          named("t2", "Tony Blair", null)));
      assertEquals("person/blair", speakerOf(store, "s1"));
    }
  }

  @Test
  void aStyledNameJoinsNoFullNameOfItsLastWord() {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("r1", "Ray Charles", null)));
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("p1", "Prince Charles", null)));
      assertEquals("person/prince-charles", speakerOf(store, "p1"));
      assertEquals("person/ray-charles", speakerOf(store, "r1"));
    }
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      // nor does it count as a full name: the surname still has one
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("r1", "Ray Charles", null),
          named("r2", "Ray Charles", null), named("p1", "Prince Charles", null)));
      new org.newskg.ingest.StoreWriter(store).write(List.of(named("s1", "Charles", null, "Mr Charles")));
      assertEquals("person/ray-charles", speakerOf(store, "s1"));
    }
  }

  /** An article naming several people, each with the given forms (label first, then forms). */
  private static ArticleGraph naming(String id, String[]... people) {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/" + id, NKG.Article);
    for (int i = 0; i < people.length; i++) {
      String label = people[i][0];
      Resource p = m.createResource(ID + "person/" + label.toLowerCase().replace(' ', '-'),
          NKG.Person);
      p.addProperty(RDFS.label, label);
      p.addProperty(NKG.mentionedIn, a);
      for (int f = 1; f < people[i].length; f++) {
        p.addProperty(NKG.skosAltLabel, people[i][f]);
      }
      Resource st = m.createResource(ID + "statement/" + id + "-" + i, NKG.Statement);
      st.addProperty(NKG.speaker, p);
      st.addProperty(NKG.inArticle, a);
    }
    return new ArticleGraph(a.getURI(), id, m.getGraph(), people.length, people.length);
  }

  private static String speakerOf(KnowledgeStore store, String id, int statement) {
    return view(store).stream().filter(r -> r.startsWith("statement/" + id + "-" + statement + " "))
        .map(r -> r.split(" ")[1]).findFirst().orElseThrow();
  }

  @Test
  void aSurnameIsTheFullNameItsOwnArticleGivesNotAnotherOfTheStore() {
    List<ArticleGraph> articles = List.of(
        // the store calls Robin Cook "Mr Cook" in two articles, Peter Cook in none
        named("r1", "Robin Cook", "foreign secretary", "Mr Cook"),
        named("r2", "Robin Cook", null, "Mr Cook"),
        named("p1", "Peter Cook", null),
        // "Cook" beside Peter Cook: Peter Cook, though the store's "Mr Cook" is Robin's
        naming("x", new String[] {"Peter Cook"}, new String[] {"Cook", "Mr Cook"}),
        // beside both and nothing to tell them apart: no one
        naming("y", new String[] {"Robin Cook"}, new String[] {"Peter Cook"},
            new String[] {"Cook"}),
        // alone: the store's rule, the full name called "Mr Cook"
        named("z", "Cook", null, "Mr Cook"));
    List<ArticleGraph> reversed = new java.util.ArrayList<>(articles);
    java.util.Collections.reverse(reversed);
    List<String> oneBatch;
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(articles);
      assertEquals("person/peter-cook", speakerOf(store, "x", 1));
      assertEquals("person/cook", speakerOf(store, "y", 2));
      assertEquals("person/robin-cook", speakerOf(store, "z", 0));
      oneBatch = view(store);
    }
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      StoreWriterRun.oneByOne(store, reversed);
      assertEquals(oneBatch, view(store));
    }
  }

  /** Writes articles one batch each. */
  private static final class StoreWriterRun {
    static void oneByOne(KnowledgeStore store, List<ArticleGraph> articles) {
      org.newskg.ingest.StoreWriter writer = new org.newskg.ingest.StoreWriter(store);
      articles.forEach(a -> writer.write(List.of(a)));
    }
  }

  @Test
  void aPersonRenamedWithinItsArticleKeepsOneLabel() {
    Model m = ModelFactory.createDefaultModel();
    Resource a = m.createResource(ID + "article/x", NKG.Article);
    Resource full = m.createResource(ID + "person/charles-evans-jr", NKG.Person);
    full.addProperty(RDFS.label, "Charles Evans Jr");
    Resource surname = m.createResource(ID + "person/evans", NKG.Person);
    surname.addProperty(RDFS.label, "Evans");
    for (Resource p : List.of(full, surname)) {
      Resource st = m.createResource(ID + "statement/x-" + p.getLocalName(), NKG.Statement);
      st.addProperty(NKG.speaker, p);
      st.addProperty(NKG.inArticle, a);
    }
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(store).write(List.of(new ArticleGraph(a.getURI(), "x", m.getGraph(), 2, 2)));
      assertEquals(List.of("statement/x-charles-evans-jr person/charles-evans-jr "
              + "Charles Evans Jr alt=Evans",
          "statement/x-evans person/charles-evans-jr Charles Evans Jr alt=Evans"), view(store));
    }
  }
}
