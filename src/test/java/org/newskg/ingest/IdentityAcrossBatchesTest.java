package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.query.EntitiesQuery;
import org.newskg.query.EntityRow;
import org.newskg.rdf.ShapesValidator;
import org.newskg.source.ArticleDefaults;
import org.newskg.store.KnowledgeStore;

/**
 * Names that used to give a store {@code validate} rejects, or people a reader sees at once are
 * wrong, through CoreNLP into a real store, one batch per article: surnames seen before their
 * full names with "Jr.", "Sr." and "III", a surname and its full name with a suffix in one
 * article, a prince who shares a singer's surname, a bill, a football club and a party's names.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityAcrossBatchesTest {
  private static final String SURNAMES = """
      Harbor Courier 2025-06-02 08:00:00

      Pier Plan Splits the Council

      Mr. Evans, the harbor master, said on Monday that the pier would open in May.

      “We have waited long enough,” Mr. Evans said.

      Mr. Whitfield, the council treasurer, said the money was not there.

      Mr. Ashdown told reporters the ferry would run twice a day.
      """;
  private static final String FULL_NAMES = """
      Harbor Courier 2025-06-05 08:00:00

      Council Backs the New Pier

      Charles Evans Jr., the harbor master, met the council on Thursday.

      “The money will arrive in July,” said Evans.

      Robert Whitfield Sr., the council treasurer, said the budget would hold.

      Henry Ashdown III said the ferry would run twice a day.
      """;
  /** The full names again: one article's full name joins no surname of another. */
  private static final String FULL_NAMES_AGAIN = """
      Harbor Courier 2025-06-06 08:00:00

      Ferry Timetable Agreed

      Charles Evans Jr. said on Friday that the ferry timetable was agreed.

      Robert Whitfield Sr. said the fares would not rise this year.

      Henry Ashdown III said the new boats would arrive in the spring.
      """;
  private static final String OTHERS = """
      Harbor Courier 2025-06-07 08:00:00

      Singer and Prince Open the Harbor Festival

      Ray Charles Moreno sang at the harbor festival on Saturday.

      Prince Charles said the festival was “a joy for the whole town.”

      The Crossrail Link Bill would pay for a new line to the pier, Labour said.

      The Tories said the Conservative Party would oppose the bill, and Chelsea said its
      players would visit the festival.
      """;

  private KnowledgeStore store;

  @BeforeAll
  void ingest(ProcessorFactory factory, @TempDir Path dir) throws Exception {
    store = KnowledgeStore.open(dir.resolve("store"));
    IngestPipeline.Options options = new IngestPipeline.Options(1, 1, false, 1000,
        new ArticleDefaults(null, null));
    IngestPipeline pipeline = new IngestPipeline(factory, new StageTimes());
    // one ingest per article: each is its own batch, the surnames first
    for (String[] a : List.of(new String[] {"a-surnames.txt", SURNAMES},
        new String[] {"b-full-names.txt", FULL_NAMES},
        new String[] {"b2-full-names-again.txt", FULL_NAMES_AGAIN},
        new String[] {"c-others.txt", OTHERS})) {
      Path file = Files.writeString(dir.resolve(a[0]), a[1]);
      pipeline.ingest(List.of(file), store, options, IngestListener.NONE);
    }
  }

  @Test
  void theStoreConformsToTheShapes() {
    ValidationReport report = Txn.calculateRead(store.datasetGraph(),
        () -> ShapesValidator.load().validate(store.datasetGraph().getUnionGraph()));
    StringBuilder problems = new StringBuilder();
    report.getEntries().forEach(e -> problems.append(e).append('\n'));
    assertTrue(report.conforms(), problems.toString());
  }

  /** Every person's labels, across the store's graphs. */
  private Map<String, List<String>> personLabels() {
    Map<String, List<String>> out = new TreeMap<>();
    Txn.executeRead(store.datasetGraph(), () -> {
      try (QueryExecution q = QueryExecution.dataset(store.dataset()).query("""
          PREFIX nkg: <https://w3id.org/newskg/ns#>
          PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
          SELECT DISTINCT ?p ?l WHERE { ?p a nkg:Person ; rdfs:label ?l } ORDER BY ?p ?l
          """).build()) {
        ResultSet rs = q.execSelect();
        while (rs.hasNext()) {
          QuerySolution s = rs.next();
          String p = s.getResource("p").getURI();
          out.computeIfAbsent(p.substring(p.lastIndexOf('/') + 1), k -> new java.util.ArrayList<>())
              .add(s.getLiteral("l").getString());
        }
      }
    });
    return out;
  }

  @Test
  void eachPersonHasOneLabelAndASurnameSeenFirstJoinsItsFullName() {
    Map<String, List<String>> people = personLabels();
    people.forEach((p, labels) -> assertEquals(1, labels.size(), p + " " + labels));
    List<EntityRow> rows = new EntitiesQuery().run(store, EntitiesQuery.Type.person, 0);
    for (String surname : List.of("Evans", "Whitfield", "Ashdown")) {
      List<EntityRow> named = rows.stream().filter(r -> r.label().contains(surname)).toList();
      assertEquals(1, named.size(), rows.toString());
      assertEquals(3, named.get(0).articles(), named.toString());
    }
    assertTrue(people.containsKey("charles-evans-jr"), people.toString());
  }

  @Test
  void thePrinceIsNoSingerAndTheBillNoPerson() {
    Map<String, List<String>> people = personLabels();
    assertEquals(List.of("Prince Charles"), people.get("prince-charles"), people.toString());
    assertTrue(people.keySet().stream().noneMatch(p -> p.contains("bill")), people.toString());
    assertTrue(people.keySet().stream().noneMatch(p -> p.equals("chelsea")), people.toString());
  }

  @Test
  void partiesByTheirInformalNamesAreOneOrganizationEach() {
    List<EntityRow> orgs = new EntitiesQuery().run(store, EntitiesQuery.Type.org, 0);
    List<String> labels = orgs.stream().map(EntityRow::label).toList();
    assertTrue(labels.contains("Labour Party"), labels.toString());
    assertEquals(1, labels.stream().filter(l -> l.contains("Conservative")
        || l.contains("Tor")).count(), labels.toString());
    assertTrue(labels.contains("Conservative Party"), labels.toString());
  }
}
