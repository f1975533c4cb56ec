package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.cli.CliRunner.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.cli.CliRunner.Run;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.server.NewskgServer;
import org.newskg.store.KnowledgeStore;

/**
 * What a new user asks first, on articles of our own: date filters that filter, names with the
 * dots of initials, pages of answers, counts per speaker, the type names the output prints,
 * parameters of the canned queries, reading while a server holds the store, messages and exit
 * codes, a text read twice, and exports other tools read.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EverydayQuestionsTest {
  private Path input;
  private Path store;
  private Run ingest;

  /** Four articles in .txt: dated, undated, and one text under two headlines; two other files. */
  @BeforeAll
  void ingestOurArticles(ProcessorFactory loadedOnce, @TempDir Path dir) throws IOException {
    input = dir.resolve("in");
    Files.createDirectories(input);
    write("dated.txt", """
        The Harbour Courier 2025-05-06 10:00:00

        Fishing Quotas Divide Coastal Towns

        Fishermen in the northern ports protested on Monday against new catch limits set in Brussels.

        “The EU must listen to the people who live from the sea,” said Anna Berg, the mayor of Kalmar.

        Tomas Lind, a trader at the harbour, was less angry. “Quotas protect the stock, and the stock is our future,” he said.
        """);
    write("undated.txt", """
        Ferry Timetable Changes Anger Islanders

        The island council said the winter ferry timetable would cut two crossings a week.

        “The EU rules on ferries do not oblige anyone to cut crossings,” said Marta Holm, a councillor on the island.

        “We will appeal the decision,” said Marta Holm.
        """);
    String crane = """

        A crane at the container terminal collapsed during a storm on Tuesday night, and nobody was hurt.

        “We were lucky that the night shift had gone home,” said Peter Vik, the terminal manager.
        """;
    write("repeat-a.txt", "Harbour Crane Fails During Storm\n" + crane);
    write("repeat-b.txt", "Storm Topples Crane at Container Terminal\n" + crane);
    write("notes.pdf", "%PDF-1.4\n");
    write("memo.docx", "PK\n");
    store = dir.resolve("store");
    ingest = run("ingest", input.toString(), "--store", store.toString(), "--no-progress");
    assertEquals(0, ingest.exit(), ingest.out() + ingest.err());
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(input.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Run said(String... args) {
    List<String> all = new ArrayList<>(List.of("said", "--store", store.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  private static List<JsonObject> jsonl(Run r) {
    assertEquals(0, r.exit(), r.err());
    return r.out().lines().filter(l -> !l.isBlank()).map(JSON::parse).toList();
  }

  private static Set<String> quotes(Run r) {
    return jsonl(r).stream().map(o -> o.get("quote").getAsString().value())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aTextReadTwiceIsOneArticleWithBothHeadlines() {
    assertTrue(ingest.out().startsWith("ingested 3 of 3 articles"), ingest.out());
    assertTrue(ingest.out().contains("1 repeated texts stored once"), ingest.out());
    assertTrue(ingest.out().contains("articles/s"), ingest.out());
    assertTrue(ingest.err().contains("repeat-b.txt") && ingest.err().contains("repeat-a.txt"),
        ingest.err());
    assertTrue(ingest.err().contains("skipped 2 files of unsupported types: .docx, .pdf"),
        ingest.err());
    Run stats = run("stats", "--store", store.toString());
    assertTrue(stats.out().matches("(?s)articles\\s+3\\n.*"), stats.out());
    Run vik = said("--speaker", "vik", "--format", "jsonl");
    assertEquals(1, jsonl(vik).size(), vik.out());
    Run headlines = run("query", "--store", store.toString(), "--format", "csv",
        "SELECT ?h ?other WHERE { ?a <https://w3id.org/newskg/ns#headline> ?h ; "
            + "<https://w3id.org/newskg/ns#alternativeHeadline> ?other }");
    assertEquals(0, headlines.exit(), headlines.err());
    assertTrue(headlines.out().contains(
        "Harbour Crane Fails During Storm,Storm Topples Crane at Container Terminal"),
        headlines.out());
    // the store still conforms to its shapes with the other headline
    Run validate = run("validate", "--store", store.toString());
    assertEquals(0, validate.exit(), validate.out() + validate.err());
    // read again: nothing new, the headline is not added twice
    Run again = run("ingest", input.toString(), "--store", store.toString(), "--no-progress");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().startsWith("ingested 0 of 3 articles (3 unchanged"), again.out());
    Run count = run("query", "--store", store.toString(), "--format", "csv",
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a "
            + "<https://w3id.org/newskg/ns#alternativeHeadline> ?other } }");
    assertEquals("n\r\n1\r\n", count.out());
  }

  @Test
  void dateFiltersReturnOnlyWhatIsDatedInside() {
    Set<String> all = quotes(said("--format", "jsonl"));
    // five quotes and one reported statement (the island council said the timetable would …)
    assertEquals(6, all.size(), all.toString());
    assertTrue(all.contains("the winter ferry timetable would cut two crossings a week"),
        all.toString());
    Set<String> may = quotes(said("--since", "2025-05-01", "--until", "2025-05-31", "--format",
        "jsonl"));
    assertEquals(Set.of("The EU must listen to the people who live from the sea,",
        "Quotas protect the stock, and the stock is our future,"), may);
    assertEquals(Set.of(), quotes(said("--since", "2030-01-01", "--until", "2030-01-02",
        "--format", "jsonl")));
    Set<String> withUndated = quotes(said("--since", "2025-05-01", "--undated", "--format",
        "jsonl"));
    assertEquals(all, withUndated);
    // the page's search: the same semantics through search.rq
    Run search = run("query", "--store", store.toString(), "--file", "queries/search.rq",
        "--param", "since=2030-01-01", "--format", "tsv");
    assertEquals(0, search.exit(), search.err());
    assertEquals(1, search.out().lines().count(), search.out());
    Run searchUndated = run("query", "--store", store.toString(), "--file",
        "queries/search.rq", "--param", "since=2030-01-01", "--param", "undated=true",
        "--format", "tsv");
    // the undated statements, the island council's reported one among them
    assertEquals(4, searchUndated.out().lines().count() - 1, searchUndated.out());
  }

  @Test
  void dotsOfInitialsAreIgnored() {
    // the articles write "EU"; a user types "e.u."
    Set<String> eu = quotes(said("--about", "e.u.", "--format", "jsonl"));
    assertEquals(Set.of("The EU must listen to the people who live from the sea,",
        "The EU rules on ferries do not oblige anyone to cut crossings,"), eu);
    assertEquals(eu, quotes(said("--about", "E.U", "--format", "jsonl")));
  }

  @Test
  void pagesAndTheFieldsAnAnalystNeeds() {
    List<JsonObject> all = jsonl(said("--format", "jsonl"));
    List<JsonObject> second = jsonl(said("--format", "jsonl", "--limit", "2", "--offset", "1"));
    assertEquals(List.of(all.get(1).toString(), all.get(2).toString()),
        second.stream().map(JsonObject::toString).toList());
    JsonObject berg = all.stream()
        .filter(o -> o.get("quote").getAsString().value().startsWith("The EU must"))
        .findFirst().orElseThrow();
    assertEquals("https://w3id.org/newskg/id/person/anna-berg",
        berg.get("speaker_iri").getAsString().value());
    assertEquals("Person", berg.get("speaker_type").getAsString().value());
    assertEquals("reporting-clause", berg.get("rule").getAsString().value());
    assertTrue(berg.get("confidence").getAsNumber().value().doubleValue() >= 0.5, berg.toString());
    assertEquals("Fishing Quotas Divide Coastal Towns", berg.get("headline").getAsString().value());
    assertEquals("2025-05-06", berg.get("date").getAsString().value());
    assertTrue(berg.get("article").getAsString().value().contains("/article/"), berg.toString());
    assertEquals("“The EU must listen to the people who live from the sea,” said Anna Berg, the "
        + "mayor of Kalmar.", berg.get("sentence").getAsString().value());
    int begin = berg.get("begin").getAsNumber().value().intValue();
    int end = berg.get("end").getAsNumber().value().intValue();
    assertEquals(berg.get("quote").getAsString().value().length(), end - begin);

    Run csv = said("--format", "csv", "--speaker", "berg");
    assertEquals(0, csv.exit(), csv.err());
    String header = csv.out().lines().findFirst().orElseThrow();
    for (String column : List.of("speaker_iri", "speaker_type", "confidence", "rule", "article",
        "headline", "url", "date", "sentence", "begin", "end")) {
      assertTrue(List.of(header.split(",")).contains(column), header);
    }
    // the speaker's type, then its confidence: a probability at or above the threshold
    assertTrue(java.util.regex.Pattern.compile("\"Person\",(0\\.[5-9]\\d*|1\\.0),")
        .matcher(csv.out()).find(), csv.out());

    for (String command : List.of("said", "events", "entities")) {
      Run negative = run(command, "--store", store.toString(), "--limit", "-1");
      assertEquals(2, negative.exit(), command + ": " + negative.err());
      assertEquals(2, run(command, "--store", store.toString(), "--offset", "-3").exit(),
          command);
      assertEquals(0, run(command, "--store", store.toString(), "--limit", "1", "--offset", "1")
          .exit(), command);
    }
    Run top = run("entities", "--store", store.toString(), "--top", "2");
    assertEquals(run("entities", "--store", store.toString(), "--limit", "2").out(), top.out());
    assertTrue(top.out().strip().endsWith("2 entities"), top.out());
  }

  @Test
  void countsPerSpeakerAndPerEntity() {
    List<JsonObject> bySpeaker = jsonl(said("--group-by", "speaker", "--format", "jsonl"));
    JsonObject first = bySpeaker.get(0);
    assertEquals("Marta Holm", first.get("speaker").getAsString().value(), bySpeaker.toString());
    assertEquals(2, first.get("statements").getAsNumber().value().intValue());
    // four people quoted, and the island council whose statement the article reports
    assertEquals(5, bySpeaker.size(), bySpeaker.toString());
    Run about = said("--group-by", "about", "--about", "eu");
    assertEquals(0, about.exit(), about.err());
    assertTrue(about.out().matches("(?s).*\\s2  European Union\\n.*"), about.out());
    assertEquals(1, jsonl(said("--group-by", "speaker", "--format", "jsonl", "--limit", "1"))
        .size());
  }

  @Test
  void entityTypesAsTheOutputPrintsThem() {
    Run org = run("entities", "--store", store.toString(), "--type", "org", "--format", "csv");
    assertEquals(0, org.exit(), org.err());
    assertTrue(org.out().contains("\"European Union\",\"Organization\""), org.out());
    for (String typed : List.of("Organization", "organization", "ORG")) {
      assertEquals(org.out(), run("entities", "--store", store.toString(), "--type", typed,
          "--format", "csv").out(), typed);
    }
    Run bad = run("entities", "--store", store.toString(), "--type", "planet");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("person"), bad.err());
  }

  @Test
  void cannedQueriesTakeTheirParametersFromTheCommandLine() {
    Run about = run("query", "--store", store.toString(), "--file",
        "queries/statements-about.rq", "--param", "aboutName=Marta Holm", "--format", "csv");
    assertEquals(0, about.exit(), about.err());
    Run said = run("query", "--store", store.toString(), "--file", "queries/said.rq",
        "--param", "speakerName=marta holm", "--format", "csv");
    assertEquals(0, said.exit(), said.err());
    assertEquals(3, said.out().lines().count(), said.out());
    Run badDate = run("query", "--store", store.toString(), "--file", "queries/said.rq",
        "--param", "since=last week");
    assertEquals(2, badDate.exit());
    assertTrue(badDate.err().contains("?since"), badDate.err());
    Run unknown = run("query", "--store", store.toString(), "--file", "queries/said.rq",
        "--param", "who=x");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("?speakerName"), unknown.err());
  }

  @Test
  void messagesAndExitCodes(@TempDir Path dir) throws IOException {
    Run slow = run("query", "--store", store.toString(), "--timeout", "1",
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    assertEquals(1, slow.exit(), slow.err());
    assertEquals("", slow.out(), "nothing half-written");
    assertEquals("newskg: query stopped after 1 s (--timeout)", slow.err().strip());

    Run bogus = run("events", "--store", store.toString(), "--type", "bogus");
    assertEquals(2, bogus.exit());
    assertTrue(bogus.err().contains("18 use unconventional violence")
        || bogus.err().contains("18 assault"), bogus.err());
    assertFalse(bogus.err().contains("\tat "), "no stack trace: " + bogus.err());

    Path empty = dir.resolve("no-articles");
    Files.createDirectories(empty);
    Files.writeString(empty.resolve("scan.pdf"), "%PDF-1.4\n");
    Path newStore = dir.resolve("new-store");
    Run nothing = run("ingest", empty.toString(), "--store", newStore.toString(),
        "--no-progress");
    assertEquals(1, nothing.exit(), nothing.err());
    assertTrue(nothing.err().contains("no articles in " + empty), nothing.err());
    assertTrue(nothing.err().contains("skipped 1 file of an unsupported type: .pdf"),
        nothing.err());
    assertFalse(Files.exists(newStore), "a failed run leaves no empty store behind");

    Run stats = run("stats", "--store", store.toString());
    assertTrue(stats.out().contains("TDB2's are sparse") || stats.out().contains("sparse ones"),
        stats.out());
    long allocated = Long.parseLong(stats.out().lines().filter(l -> l.startsWith("on disk"))
        .findFirst().orElseThrow().replaceAll("^on disk\\s+([\\d,]+) bytes.*", "$1")
        .replace(",", ""));
    assertTrue(allocated < org.newskg.store.DiskUsage.apparent(store), stats.out());
  }

  @Test
  void exportsDeclarePrefixesAndJsonLdUsesOurContext(@TempDir Path dir) throws IOException {
    Path ttl = dir.resolve("g.ttl");
    assertEquals(0, run("export", "--store", store.toString(), "--out", ttl.toString()).exit());
    String turtle = Files.readString(ttl);
    for (String prefix : List.of("nkg", "rdf", "rdfs", "xsd", "skos", "nif", "article",
        "statement", "person", "org", "mention")) {
      assertTrue(turtle.contains("@prefix " + prefix + ": <"), prefix + " in " + turtle);
    }
    assertFalse(turtle.lines().filter(l -> !l.startsWith("@prefix"))
        .anyMatch(l -> l.contains("<https://w3id.org/newskg/id/")), "prefixed names");
    Path trig = dir.resolve("g.trig");
    assertEquals(0, run("export", "--store", store.toString(), "--format", "trig", "--out",
        trig.toString()).exit());
    assertTrue(Files.readString(trig).contains("@prefix nkg: <"));
    Path nq = dir.resolve("g.nq");
    Path jsonld = dir.resolve("g.jsonld");
    assertEquals(0, run("export", "--store", store.toString(), "--format", "nquads", "--out",
        nq.toString()).exit());
    assertEquals(0, run("export", "--store", store.toString(), "--format", "jsonld", "--out",
        jsonld.toString()).exit());
    JsonObject doc = JSON.read(jsonld.toString());
    assertEquals(JSON.parse(Files.readString(Path.of("ontology/context.jsonld")))
        .get("@context"), doc.get("@context"));
    JsonArray graphs = doc.get("@graph").getAsArray();
    assertEquals(3, graphs.size(), "one object per article graph");
    assertTrue(graphs.get(0).getAsObject().get("@id").getAsString().value()
        .startsWith("article:"), graphs.get(0).toString());
    // the same quads as N-Quads, read back by a JSON-LD processor
    Set<Quad> fromNq = quads(RDFDataMgr.loadDatasetGraph(nq.toString(), Lang.NQUADS));
    Set<Quad> fromJsonLd = quads(RDFDataMgr.loadDatasetGraph(jsonld.toString(), Lang.JSONLD));
    assertEquals(fromNq, fromJsonLd);
    assertEquals(fromNq, quads(RDFDataMgr.loadDatasetGraph(trig.toString(), Lang.TRIG)));
  }

  private static Set<Quad> quads(DatasetGraph dsg) {
    Set<Quad> out = new java.util.HashSet<>();
    dsg.find().forEachRemaining(out::add);
    return out;
  }

  @Test
  void readingCommandsAskTheServerThatHoldsTheStore(@TempDir Path dir) throws Exception {
    // a copy of the store, served from this JVM as 'newskg serve' would
    Path served = dir.resolve("served");
    copy(store, served);
    Process holder = new ProcessBuilder("sleep", "120").start();
    try (KnowledgeStore s = KnowledgeStore.open(served);
         NewskgServer server = NewskgServer.start(s,
             new NewskgServer.Settings("127.0.0.1", 0, Duration.ofSeconds(10), null),
             Optional.empty())) {
      String url = server.url();
      // another process holds the store (as 'newskg serve' in another terminal would)
      Files.writeString(served.resolve("newskg-server.properties"),
          "pid=" + holder.pid() + "\nurl=" + url + "\n");
      for (List<String> command : List.of(List.of("said", "--format", "jsonl"),
          List.of("said", "--about", "e.u.", "--format", "csv"),
          List.of("events", "--format", "json"), List.of("entities", "--format", "csv"),
          List.of("query", "--format", "csv", "SELECT ?s WHERE { ?s a "
              + "<https://w3id.org/newskg/ns#Statement> } ORDER BY ?s"))) {
        Run local = run(with(command, "--store", store.toString()));
        Run viaHolder = run(with(command, "--store", served.toString()));
        Run viaUrl = run(with(command, "--server", url));
        assertEquals(0, viaHolder.exit(), command + ": " + viaHolder.err());
        assertEquals(local.out(), viaHolder.out(), command.toString());
        assertEquals(local.out(), viaUrl.out(), command.toString());
      }
      Run slow = run("query", "--server", url, "--timeout", "1",
          "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
      assertEquals(1, slow.exit(), slow.err());
      assertEquals("", slow.out());
      assertEquals("newskg: query stopped after 1 s (--timeout)", slow.err().strip());
      Run stats = run("stats", "--store", served.toString());
      assertEquals(0, stats.exit(), stats.err());
      assertTrue(stats.out().matches("(?s)articles\\s+3\\n.*read through\\s+" + url + ".*"),
          stats.out());
      Path nq = dir.resolve("via-server.nq");
      Run export = run("export", "--store", served.toString(), "--format", "nquads", "--out",
          nq.toString());
      assertEquals(0, export.exit(), export.err());
      Path local = dir.resolve("local.nq");
      run("export", "--store", store.toString(), "--format", "nquads", "--out",
          local.toString());
      assertEquals(quads(RDFDataMgr.loadDatasetGraph(local.toString(), Lang.NQUADS)),
          quads(RDFDataMgr.loadDatasetGraph(nq.toString(), Lang.NQUADS)));
      // the JSON-LD context, at a URL that stays
      var context = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/context.jsonld"))
              .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, context.statusCode());
      assertEquals(Files.readString(Path.of("ontology/context.jsonld")), context.body());
    } finally {
      holder.destroy();
    }
    Run down = run("said", "--server", "http://127.0.0.1:9");
    assertEquals(1, down.exit());
    assertTrue(down.err().startsWith("newskg: "), down.err());
    assertFalse(down.err().contains("\tat "), "no stack trace: " + down.err());
  }

  private static String[] with(List<String> command, String... more) {
    List<String> all = new ArrayList<>(command.subList(0, 1));
    all.addAll(List.of(more));
    all.addAll(command.subList(1, command.size()));
    return all.toArray(String[]::new);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("tdb.lock")) {
          Files.copy(p, target);
        }
      }
    }
  }
}
