package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.query.SaidQuery;
import org.newskg.query.SaidRow;
import org.newskg.rdf.ShapesValidator;
import org.newskg.source.ArticleDefaults;
import org.newskg.store.KnowledgeStore;

/**
 * The samples through the whole pipeline into a real TDB2 store, with real CoreNLP models:
 * the statements, speakers, entities and countries a reader of the samples would expect.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {
  private static final Path SAMPLES = Path.of("samples");
  private static final Path BROKEN = Path.of("src/test/resources/broken");

  private ProcessorFactory factory;
  private KnowledgeStore store;
  private IngestReport first;

  @BeforeAll
  void ingestSamples(ProcessorFactory factory, @TempDir Path storeDir) throws Exception {
    this.factory = factory;
    store = KnowledgeStore.open(storeDir.resolve("store"));
    first = ingest(List.of(SAMPLES, BROKEN), false);
  }

  private IngestReport ingest(List<Path> paths, boolean force) throws InterruptedException {
    IngestPipeline.Options options = new IngestPipeline.Options(2, 3, force, 1000,
        new ArticleDefaults(null, null));
    return new IngestPipeline(factory, new StageTimes()).ingest(paths, store, options,
        IngestListener.NONE);
  }

  private List<SaidRow> said(String speaker, String about) {
    return new SaidQuery().run(store, new SaidQuery.Filters(speaker, about, null, null));
  }

  /** The statement whose words start so, a quote inside a reported clause included. */
  private Optional<SaidRow> statement(String quoteStart) {
    return new SaidQuery().run(store, SaidQuery.Filters.everyStatement()).stream()
        .filter(r -> r.quote().startsWith(quoteStart)).findFirst();
  }

  private List<Map<String, String>> select(String sparql) {
    return Txn.calculateRead(store.dataset(), () -> {
      try (QueryExecution qe = QueryExecution.dataset(store.dataset())
          .query("PREFIX nkg: <https://w3id.org/newskg/ns#> "
              + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
              + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> " + sparql).build()) {
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        qe.execSelect().forEachRemaining((QuerySolution s) -> {
          Map<String, String> row = new java.util.HashMap<>();
          s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
              ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()));
          rows.add(row);
        });
        return rows;
      }
    });
  }

  @Test
  void everySampleArticleIsStoredAndBrokenFilesAreReported() {
    assertEquals(5, first.ingested(), "five sample articles: " + first);
    assertEquals(5, select("SELECT ?a WHERE { ?a a nkg:Article }").size());
    assertTrue(first.problems().stream().anyMatch(p -> p.origin().contains("binary-article.txt")),
        "binary file reported: " + first.problems());
    assertTrue(first.problems().stream().anyMatch(p -> p.origin().contains("bad-lines.jsonl")),
        "bad JSONL lines reported: " + first.problems());
    assertTrue(first.statements() >= 15, "statements: " + first.statements());
  }

  @Test
  void namedSpeakerAfterQuote() {
    SaidRow row = statement("Machines do not feed families").orElseThrow();
    assertEquals("Pieter de Graaf", row.speaker());
    assertEquals("Dock Workers Strike Over Automation at Rotterdam Port", row.headline());
    assertEquals("The Northern Ledger", row.publisher());
  }

  @Test
  void pronounSpeakerResolvesToThePerson() {
    assertEquals("Ingrid Solberg", statement("We cannot leave the Arctic").orElseThrow().speaker());
    assertEquals("Giulia Conti", statement("Italy will not abandon").orElseThrow().speaker());
  }

  @Test
  void quoteWithoutReportingClauseContinuesTheSpeaker() {
    assertEquals("Lukas Meier", statement("Nobody said it would be easy").orElseThrow().speaker());
    assertEquals("Elena Ruiz", statement("Now it is time for Washington").orElseThrow().speaker());
  }

  @Test
  void aCoinedTermIsNoStatementOfAnyone() {
    List<Map<String, String>> rows = select("SELECT ?kind ?speaker WHERE { ?s nkg:text "
        + "\"Arctic bridge\" ; nkg:quoteKind ?kind OPTIONAL { ?s nkg:speaker ?speaker } }");
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("term", rows.get(0).get("kind"));
    assertFalse(rows.get(0).containsKey("speaker"), rows.toString());
  }

  @Test
  void theRuleThatDecidedIsRecorded() {
    String q = "SELECT ?rule WHERE { ?s nkg:text ?t ; nkg:attributionRule ?rule . "
        + "FILTER(STRSTARTS(?t, \"%s\")) }";
    assertEquals("reporting-clause",
        select(String.format(q, "Machines do not feed")).get(0).get("rule"));
    assertEquals("pronoun", select(String.format(q, "We cannot leave")).get(0).get("rule"));
    assertEquals("continuation",
        select(String.format(q, "Nobody said it would")).get(0).get("rule"));
  }

  @Test
  void organizationSpeaks() {
    assertEquals("Kremlin", statement("a provocation").orElseThrow().speaker());
    assertEquals("White House", statement("for the time being").orElseThrow().speaker());
  }

  @Test
  void statementDatesComeFromTheReportingClauseOrTheArticle() {
    assertEquals("2025-04-12", statement("The water came up").orElseThrow().date());
    assertEquals("2025-04-13", statement("We kept our promise").orElseThrow().date());
  }

  @Test
  void statementsAreAboutTheEntitiesTheyName() {
    assertTrue(statement("Italy will not abandon").orElseThrow().about().contains("Italy"));
    assertTrue(statement("Mexico has done its part").orElseThrow().about().contains("Mexico"));
    List<SaidRow> aboutItaly = said(null, "italy");
    assertFalse(aboutItaly.isEmpty());
    assertTrue(aboutItaly.stream().allMatch(r -> r.about().contains("Italy")));
  }

  @Test
  void speakerFilterFindsOnlyThatSpeaker() {
    List<SaidRow> rows = said("solberg", null);
    assertTrue(rows.size() >= 2, "Solberg's statements: " + rows);
    assertTrue(rows.stream().allMatch(r -> r.speaker().equals("Ingrid Solberg")));
  }

  @Test
  void parametersAreBoundAsLiteralsNotSpliced() {
    assertTrue(said("\") } } SELECT * WHERE { ?s ?p ?o } #", null).isEmpty());
    assertTrue(said(null, "x\" || true || \"").isEmpty());
  }

  @Test
  void onePersonPerNameWithTitlesStrippedAndKeptAsAltLabels() {
    List<Map<String, String>> solberg = select(
        "SELECT DISTINCT ?p ?alt WHERE { ?p a nkg:Person ; rdfs:label \"Ingrid Solberg\" . "
            + "OPTIONAL { ?p skos:altLabel ?alt } }");
    assertEquals(1, solberg.stream().map(r -> r.get("p")).distinct().count(), solberg.toString());
    assertEquals("https://w3id.org/newskg/id/person/ingrid-solberg", solberg.get(0).get("p"));
    assertTrue(solberg.stream().anyMatch(r -> "Ms. Solberg".equals(r.get("alt"))), solberg.toString());
    assertTrue(select("SELECT ?p WHERE { ?p a nkg:Person ; rdfs:label ?l "
        + "FILTER(STRSTARTS(?l, \"Mr.\") || STRSTARTS(?l, \"Ms.\") || STRSTARTS(?l, \"President\")) }")
        .isEmpty());
  }

  @Test
  void countriesCarryIsoCodes() {
    List<Map<String, String>> rows = select("SELECT ?c ?label ?iso3 WHERE { "
        + "?c a nkg:Country ; nkg:iso2 \"NO\" ; nkg:iso3 ?iso3 ; rdfs:label ?label }");
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("https://w3id.org/newskg/id/country/NO", rows.get(0).get("c"));
    assertEquals("NOR", rows.get(0).get("iso3"));
    assertEquals("Norway", rows.get(0).get("label"));
    assertEquals(1, select("SELECT ?c WHERE { ?c nkg:iso2 \"IT\" ; nkg:iso3 \"ITA\" }").size());
    assertEquals(1, select("SELECT ?c WHERE { ?c nkg:iso2 \"MX\" ; nkg:iso3 \"MEX\" }").size());
  }

  @Test
  void mentionOffsetsPointIntoTheBody() {
    List<Map<String, String>> rows = select("SELECT ?body ?b ?e ?anchor WHERE { "
        + "?m a nkg:Mention ; nkg:begin ?b ; nkg:end ?e ; nkg:anchor ?anchor ; nkg:inArticle ?a . "
        + "?a nkg:body ?body }");
    assertFalse(rows.isEmpty());
    for (Map<String, String> r : rows) {
      String body = r.get("body");
      assertEquals(r.get("anchor"),
          body.substring(Integer.parseInt(r.get("b")), Integer.parseInt(r.get("e"))));
    }
  }

  @Test
  void storeConformsToTheShapes() {
    ValidationReport report = Txn.calculateRead(store.datasetGraph(),
        () -> ShapesValidator.load().validate(store.datasetGraph().getUnionGraph()));
    assertTrue(report.conforms(), () -> report.getEntries().toString());
  }

  @Test
  void reingestIsIdempotent() throws Exception {
    long quads = store.stats().quads();
    IngestReport again = ingest(List.of(SAMPLES), false);
    assertEquals(5, again.unchanged(), "unchanged articles are skipped before NLP: " + again);
    assertEquals(0, again.ingested());
    assertEquals(quads, store.stats().quads());
    IngestReport forced = ingest(List.of(SAMPLES), true);
    assertEquals(5, forced.ingested());
    assertEquals(quads, store.stats().quads(), "re-analysis replaces graphs, never duplicates");
  }
}
