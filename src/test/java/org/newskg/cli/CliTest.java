package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.cli.CliRunner.run;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.cli.CliRunner.Run;
import org.newskg.ingest.ProcessorFactory;

/** The commands as a user runs them: arguments in, exit code and printed output out. */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {
  private Path store;

  @BeforeAll
  void ingestSamples(ProcessorFactory loadedOnce, @TempDir Path dir) {
    // the fixture has loaded CoreNLP; the command's own load reuses CoreNLP's annotator cache
    store = dir.resolve("store");
    Run r = run("ingest", "samples", "--store", store.toString(), "--no-progress");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("ingested 5 of 5 articles"), r.out());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"ingest", "said", "events", "entities", "query",
        "export", "stats", "validate", "bench", "eval"}) {
      Run r = run(command, "--help");
      assertEquals(0, r.exit(), command);
      assertTrue(r.out().contains("Usage: newskg " + command), r.out());
    }
    assertEquals(0, run("--help").exit());
    assertEquals(2, run("no-such-command").exit());
  }

  @Test
  void saidAsJsonHasTheStatements() {
    Run r = run("said", "--store", store.toString(), "--speaker", "de graaf", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonArray rows = JSON.parseAny(r.out()).getAsArray();
    // his two quotes and what the article reports he said ("the strike would continue …")
    assertEquals(3, rows.size(), r.out());
    rows.forEach(v -> assertEquals("Pieter de Graaf",
        v.getAsObject().get("speaker").getAsString().value()));
    Run quotes = run("said", "--store", store.toString(), "--speaker", "de graaf", "--kind",
        "direct", "--format", "json");
    assertEquals(2, JSON.parseAny(quotes.out()).getAsArray().size(), quotes.out());
    Run reported = run("said", "--store", store.toString(), "--speaker", "de graaf", "--kind",
        "indirect", "--format", "jsonl");
    assertEquals(1, reported.out().lines().count(), reported.out());
    assertTrue(reported.out().contains("\"the strike would continue until Friday\""),
        reported.out());
  }

  @Test
  void saidAsCsvAndTable() {
    Run csv = run("said", "--store", store.toString(), "--about", "italy", "--format", "csv");
    assertEquals(0, csv.exit());
    assertTrue(csv.out().startsWith("date,speaker,quote,about"), csv.out());
    assertTrue(csv.out().contains("\"Giulia Conti\""), csv.out());
    Run table = run("said", "--store", store.toString(), "--since", "2025-04-13");
    assertTrue(table.out().contains("Lukas Meier"), table.out());
    assertTrue(!table.out().contains("Ingrid Solberg"), "dated 2025-04-10: " + table.out());
    // a noun phrase a verb reports reads with its verb, not as a clause
    assertTrue(table.out().contains("    criticized: the cuts to rail spending"), table.out());
    Run nominal = run("said", "--store", store.toString(), "--kind", "nominal", "--format",
        "jsonl");
    assertTrue(nominal.out().contains("\"kind\" : \"nominal\"")
        || nominal.out().contains("\"kind\": \"nominal\""), nominal.out());
  }

  @Test
  void aDenialIsListedAsDeniedNotAsReported(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("harbour.txt");
    java.nio.file.Files.writeString(article, "Harbour Board Rejects Ferry Claims\n\n"
        + "Harbour master Anna Berg denied that the ferry had been overloaded on Sunday. "
        + "She said the crossing would resume on Friday.\n");
    Path denials = dir.resolve("store");
    assertEquals(0, run("ingest", article.toString(), "--store", denials.toString(),
        "--no-progress").exit());
    Run table = run("said", "--store", denials.toString(), "--kind", "indirect");
    assertTrue(table.out().contains("    (denied) the ferry had been overloaded on Sunday"),
        table.out());
    assertTrue(table.out().contains("    (reported) the crossing would resume on Friday"),
        table.out());
  }

  @Test
  void entitiesByTypeWithTheirCounts() {
    Run countries = run("entities", "--store", store.toString(), "--type", "country",
        "--format", "jsonl");
    assertEquals(0, countries.exit(), countries.err());
    List<JsonObject> rows = countries.out().lines().map(l -> JSON.parse(l)).toList();
    assertFalse(rows.isEmpty(), countries.out());
    rows.forEach(o -> assertEquals("Country", o.get("type").getAsString().value(), o.toString()));
    JsonObject italy = rows.stream()
        .filter(o -> o.get("label").getAsString().value().equals("Italy")).findFirst()
        .orElseThrow(() -> new AssertionError("no Italy in " + countries.out()));
    assertTrue(italy.get("about").getAsNumber().value().intValue() >= 1, italy.toString());
    Run top = run("entities", "--store", store.toString(), "--top", "3");
    assertEquals(0, top.exit(), top.err());
    assertTrue(top.out().strip().endsWith("3 entities"), top.out());
    assertEquals(2, run("entities", "--store", store.toString(), "--type", "planet").exit());
  }

  @Test
  void selectAskConstructAndBadQueries() {
    Run select = run("query", "--store", store.toString(), "--format", "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/newskg/ns#Article> }");
    assertEquals(0, select.exit(), select.err());
    assertEquals("n\r\n5\r\n", select.out());
    Run ask = run("query", "--store", store.toString(),
        "ASK { ?c <https://w3id.org/newskg/ns#iso2> \"NO\" }");
    assertEquals("true", ask.out().strip());
    Run construct = run("query", "--store", store.toString(),
        "CONSTRUCT { ?p ?q ?o } WHERE { ?p a <https://w3id.org/newskg/ns#Person> ; ?q ?o }");
    assertEquals(0, construct.exit(), construct.err());
    Model m = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(construct.out())).lang(Lang.TURTLE).parse(m);
    assertTrue(m.size() > 10, construct.out());
    Run bad = run("query", "--store", store.toString(), "SELECT ?x WHERE { ?x ");
    assertEquals(1, bad.exit());
    assertTrue(bad.err().contains("does not parse"), bad.err());
  }

  @Test
  void exportParsesBackInEveryFormat(@TempDir Path dir) {
    for (String format : new String[] {"turtle", "trig", "nquads", "jsonld"}) {
      Path file = dir.resolve("graph." + format);
      Run r = run("export", "--store", store.toString(), "--format", format, "--out",
          file.toString());
      assertEquals(0, r.exit(), r.err());
      Lang lang = switch (format) {
        case "turtle" -> Lang.TURTLE;
        case "trig" -> Lang.TRIG;
        case "nquads" -> Lang.NQUADS;
        default -> Lang.JSONLD;
      };
      var dataset = RDFDataMgr.loadDatasetGraph(file.toString(), lang);
      long size = format.equals("turtle") ? dataset.getDefaultGraph().size()
          : dataset.stream().count();
      assertTrue(size > 100, format + " has " + size);
    }
  }

  @Test
  void exportWithoutOutPrintsWhereTheCommandPrints(@TempDir Path dir) throws Exception {
    // picocli's writer, not System.out: the file and standard output hold the same quads
    Path file = dir.resolve("graph.nq");
    assertEquals(0, run("export", "--store", store.toString(), "--format", "nquads", "--out",
        file.toString()).exit());
    Run r = run("export", "--store", store.toString(), "--format", "nquads");
    assertEquals(0, r.exit(), r.err());
    assertEquals(Files.readString(file), r.out());
    assertTrue(r.out().lines().count() > 100, r.out());
  }

  @Test
  void statsAndValidate() {
    Run stats = run("stats", "--store", store.toString());
    assertEquals(0, stats.exit());
    assertTrue(stats.out().matches("(?s)articles\\s+5\\n.*"), stats.out());
    Run validate = run("validate", "--store", store.toString());
    assertEquals(0, validate.exit(), validate.out());
    assertTrue(validate.out().startsWith("conforms"));
  }

  @Test
  void eventsFilteredByTypeActorAndDate() {
    Run all = run("events", "--store", store.toString(), "--format", "json");
    assertEquals(0, all.exit(), all.err());
    JsonArray events = JSON.parseAny(all.out()).getAsArray();
    assertTrue(events.size() >= 3, all.out());
    // "The Kremlin ... warned of consequences for Norway" (northern-ledger.txt, Wednesday)
    assertTrue(events.stream().map(e -> e.getAsObject()).anyMatch(e ->
        e.get("cameo").getAsString().value().equals("13")
            && e.get("actors").toString().contains("Kremlin")), all.out());

    Run consult = run("events", "--store", store.toString(), "--type", "consult", "--format",
        "json");
    JsonArray consults = JSON.parseAny(consult.out()).getAsArray();
    assertTrue(consults.size() >= 1, all.out());
    consults.forEach(e -> assertEquals("04", e.getAsObject().get("cameo").getAsString().value()));

    Run norway = run("events", "--store", store.toString(), "--actor", "NORWAY", "--format",
        "csv");
    List<String> rows = norway.out().lines().skip(1).toList();
    assertTrue(!rows.isEmpty(), norway.out());
    rows.forEach(r -> assertTrue(r.contains("Norway"), r));

    Run day = run("events", "--store", store.toString(), "--since", "2025-04-12", "--until",
        "2025-04-12", "--format", "json");
    JsonArray onTheDay = JSON.parseAny(day.out()).getAsArray();
    assertTrue(onTheDay.size() >= 1, day.out());
    onTheDay.forEach(e -> assertEquals("2025-04-12",
        e.getAsObject().get("date").getAsString().value()));

    // filter values are bound as literals: an injection attempt just matches nothing
    Run injected = run("events", "--store", store.toString(), "--actor",
        "x\") } ; DROP ALL ; SELECT * { ?s ?p ?o } #");
    assertEquals(0, injected.exit(), injected.err());
    assertTrue(injected.out().contains("(no events)"), injected.out());
    assertEquals(events.size(), JSON.parseAny(run("events", "--store", store.toString(),
        "--format", "json").out()).getAsArray().size(), "the store is unchanged");
  }

  @Test
  void evalScoresTheStoreAgainstAGoldFile() {
    Run r = run("eval", "--store", store.toString(), "--gold",
        "src/test/resources/eval/gold.jsonl", "--quiet");
    assertEquals(0, r.exit(), r.err());
    JsonObject metrics = JSON.parse(r.out().strip());
    assertEquals(6, metrics.get("gold_attributable").getAsNumber().value().intValue());
    // the fixture's gold quotes are cut from the samples: all of them are found
    assertEquals(6, metrics.get("detected").getAsNumber().value().intValue(), r.out());
    Run missing = run("eval", "--store", store.toString(), "--gold", "no/such/file.jsonl");
    assertEquals(1, missing.exit());
  }

  @Test
  void badInputIsReportedAndTheRestIngested(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Files.createDirectories(input);
    Files.copy(Path.of("samples/steel-tariffs.txt"), input.resolve("steel-tariffs.txt"));
    Files.copy(Path.of("src/test/resources/broken/binary-article.txt"),
        input.resolve("binary-article.txt"));
    Run r = run("ingest", input.toString(), "--store", dir.resolve("s").toString(),
        "--no-progress");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("binary-article.txt"), r.err());
    assertTrue(r.out().startsWith("ingested 1 of 1 articles"), r.out());
  }

  @Test
  void missingStoreAndBadDatesFailClearly(@TempDir Path dir) {
    Run said = run("said", "--store", dir.resolve("nothing-here").toString());
    assertEquals(1, said.exit());
    assertTrue(said.err().contains("no store at"), said.err());
    Run date = run("said", "--store", store.toString(), "--since", "last week");
    assertEquals(2, date.exit());
    Run published = run("ingest", "samples", "--store", dir.resolve("x").toString(),
        "--published", "2025-02-30");
    assertEquals(1, published.exit());
    assertTrue(published.err().contains("2025-02-30"), published.err());
  }

  @Test
  void ingestWithAnAnnotationCacheAnalyzesOnceAndStoresTheSame(@TempDir Path dir) {
    Path cache = dir.resolve("cache");
    Run first = run("ingest", "samples/steel-tariffs.txt", "--store", dir.resolve("a").toString(),
        "--annotation-cache", cache.toString(), "--no-progress");
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().contains("loading CoreNLP"), first.err());
    Run again = run("ingest", "samples/steel-tariffs.txt", "--store", dir.resolve("b").toString(),
        "--annotation-cache", cache.toString(), "--no-progress");
    assertEquals(0, again.exit(), again.err());
    // every analysis came from the cache: the models were never loaded
    assertFalse(again.err().contains("loading CoreNLP"), again.err());
    assertEquals(
        run("said", "--store", dir.resolve("a").toString(), "--format", "json").out(),
        run("said", "--store", dir.resolve("b").toString(), "--format", "json").out());
  }
}
