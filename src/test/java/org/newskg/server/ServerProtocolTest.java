package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.cli.CliRunner.run;

import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.cli.CliRunner.Run;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/**
 * The SPARQL 1.1 Protocol and newskg's additions, over real HTTP against a real server on a
 * free port: one test per promise of {@code newskg serve}.
 */
@ExtendWith({CoreNlpFixture.class, SampleServer.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerProtocolTest {
  private static final String COUNT_STATEMENTS = "PREFIX nkg: <" + NKG.NS + "> "
      + "SELECT (COUNT(?s) AS ?n) WHERE { ?s a nkg:Statement }";
  private static final String STATEMENTS = "PREFIX nkg: <" + NKG.NS + "> "
      + "SELECT ?s ?quote WHERE { ?s a nkg:Statement ; nkg:text ?quote } ORDER BY ?s";
  private static final String CONSTRUCT = "PREFIX nkg: <" + NKG.NS + "> "
      + "CONSTRUCT { ?s nkg:text ?quote } WHERE { ?s a nkg:Statement ; nkg:text ?quote }";

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private SampleServer.Running server;
  private String sparql;

  @BeforeAll
  void start(SampleServer.Running running) {
    server = running;
    sparql = running.url() + "/newskg/sparql";
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * On a connection of its own: Jetty may close a connection after refusing a request whose
   * body it did not read, and a pooled client could then reuse the closed connection.
   */
  private static HttpResponse<String> sendAlone(HttpRequest.Builder request) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return client.send(request.timeout(Duration.ofSeconds(60))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String query, String accept) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + encode(query)))
        .header("Accept", accept));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String contentType(HttpResponse<?> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  private static ResultSetRewindable results(HttpResponse<String> r, Lang lang) {
    ResultSet rs = ResultSetMgr.read(
        new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
    return rs.rewindable();
  }

  private long statementCount() throws Exception {
    HttpResponse<String> r = get(COUNT_STATEMENTS, "application/sparql-results+json");
    assertEquals(200, r.statusCode(), r.body());
    return results(r, ResultSetLang.RS_JSON).next().getLiteral("n").getLong();
  }

  @Test
  void getWithQueryParameterAnswersJsonResults() throws Exception {
    HttpResponse<String> r = get(STATEMENTS, "application/sparql-results+json");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(contentType(r).startsWith("application/sparql-results+json"), contentType(r));
    ResultSetRewindable rs = results(r, ResultSetLang.RS_JSON);
    assertTrue(rs.size() > 5, "statements from the samples: " + rs.size());
    assertTrue(r.body().contains("We cannot leave the Arctic to chance"), r.body());
  }

  @Test
  void resultsLargerThanTheResponseBufferArriveWhole() throws Exception {
    // 40 x 40 x 40 rows of JSON: many times the server's response buffer
    String digits = java.util.stream.IntStream.range(0, 40).mapToObj(Integer::toString)
        .collect(java.util.stream.Collectors.joining(" "));
    String query = "SELECT * WHERE { VALUES ?a { " + digits + " } VALUES ?b { " + digits
        + " } VALUES ?c { " + digits + " } }";
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sparql))
        .header("Content-Type", "application/sparql-query")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString(query)));
    assertEquals(200, r.statusCode());
    assertTrue(r.body().length() > 4 * NewskgServer.OUTPUT_BUFFER_BYTES, "" + r.body().length());
    assertEquals(64_000, results(r, ResultSetLang.RS_JSON).size());
  }

  @Test
  void postFormAndPostSparqlQueryGiveTheSameAnswerAsGet() throws Exception {
    String viaGet = get(STATEMENTS, "text/csv").body();
    HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(sparql))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(STATEMENTS))));
    HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(sparql))
        .header("Content-Type", "application/sparql-query")
        .header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(STATEMENTS)));
    assertEquals(200, form.statusCode(), form.body());
    assertEquals(200, direct.statusCode(), direct.body());
    assertTrue(viaGet.lines().count() > 5, viaGet);
    assertEquals(viaGet, form.body());
    assertEquals(viaGet, direct.body());
  }

  @Test
  void selectResultsInEveryFormatByAccept() throws Exception {
    long expected = results(get(STATEMENTS, "application/sparql-results+json"),
        ResultSetLang.RS_JSON).size();
    record Format(String accept, Lang lang) {}
    for (Format f : List.of(
        new Format("application/sparql-results+json", ResultSetLang.RS_JSON),
        new Format("application/sparql-results+xml", ResultSetLang.RS_XML),
        new Format("text/csv", ResultSetLang.RS_CSV),
        new Format("text/tab-separated-values", ResultSetLang.RS_TSV))) {
      HttpResponse<String> r = get(STATEMENTS, f.accept());
      assertEquals(200, r.statusCode(), f.accept() + ": " + r.body());
      assertTrue(contentType(r).startsWith(f.accept()), f.accept() + " -> " + contentType(r));
      assertEquals(expected, results(r, f.lang()).size(), f.accept());
    }
    HttpResponse<String> ask = get("ASK { ?s ?p ?o }", "application/sparql-results+json");
    assertEquals(200, ask.statusCode());
    assertTrue(JSON.parse(ask.body()).get("boolean").getAsBoolean().value(), ask.body());
  }

  @Test
  void constructAndDescribeInEveryRdfFormatByAccept() throws Exception {
    record Format(String accept, Lang lang) {}
    long expected = -1;
    for (Format f : List.of(new Format("text/turtle", Lang.TURTLE),
        new Format("application/ld+json", Lang.JSONLD),
        new Format("application/n-triples", Lang.NTRIPLES),
        new Format("application/rdf+xml", Lang.RDFXML))) {
      HttpResponse<String> r = get(CONSTRUCT, f.accept());
      assertEquals(200, r.statusCode(), f.accept() + ": " + r.body());
      assertTrue(contentType(r).startsWith(f.accept()), f.accept() + " -> " + contentType(r));
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.fromString(r.body(), f.lang()).parse(g);
      assertTrue(g.size() > 5, f.accept());
      if (expected < 0) {
        expected = g.size();
      }
      assertEquals(expected, g.size(), f.accept());
    }
    HttpResponse<String> describe = get("PREFIX nkg: <" + NKG.NS + "> "
        + "DESCRIBE ?a WHERE { ?a a nkg:Article } LIMIT 1", "text/turtle");
    assertEquals(200, describe.statusCode(), describe.body());
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(describe.body(), Lang.TURTLE).parse(m);
    assertTrue(m.contains(null, org.apache.jena.vocabulary.RDF.type, NKG.Article), describe.body());
  }

  @Test
  void defaultGraphIsTheUnionAndEachArticleGraphIsAddressable() throws Exception {
    // the union: statements are found without naming any graph
    assertTrue(statementCount() > 5);
    HttpResponse<String> graphs = get("PREFIX nkg: <" + NKG.NS + "> "
        + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a nkg:Article } } ORDER BY ?g",
        "application/sparql-results+json");
    ResultSetRewindable rs = results(graphs, ResultSetLang.RS_JSON);
    assertEquals(5, rs.size(), graphs.body());
    String article = rs.next().getResource("g").getURI();
    HttpResponse<String> gsp = send(HttpRequest.newBuilder(URI.create(server.url()
        + "/newskg/get?graph=" + encode(article))).header("Accept", "text/turtle"));
    assertEquals(200, gsp.statusCode(), gsp.body());
    assertTrue(contentType(gsp).startsWith("text/turtle"), contentType(gsp));
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(gsp.body(), Lang.TURTLE).parse(m);
    assertTrue(m.contains(m.createResource(article), org.apache.jena.vocabulary.RDF.type,
        NKG.Article));
    HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(server.url()
        + "/newskg/get?graph=" + encode("https://example.org/no-such-graph"))));
    assertEquals(404, missing.statusCode());
    // GSP ?default is the union too: every article, as queries see it
    HttpResponse<String> all = send(HttpRequest.newBuilder(URI.create(server.url()
        + "/newskg/get?default")).header("Accept", "application/n-triples"));
    assertEquals(200, all.statusCode(), all.body());
    Model union = ModelFactory.createDefaultModel();
    RDFParser.fromString(all.body(), Lang.NTRIPLES).parse(union);
    assertEquals(5, union.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
        NKG.Article).toList().size(), "all five articles in the default graph");
    assertTrue(union.contains(m.createResource(article), org.apache.jena.vocabulary.RDF.type,
        NKG.Article));
  }

  @Test
  void updatesAndGraphWritesAreRefused() throws Exception {
    long before = statementCount();
    String update = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }";
    List<HttpResponse<String>> refused = new ArrayList<>();
    refused.add(sendAlone(HttpRequest.newBuilder(URI.create(sparql))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString(update))));
    refused.add(sendAlone(HttpRequest.newBuilder(URI.create(sparql))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update)))));
    refused.add(sendAlone(HttpRequest.newBuilder(URI.create(server.url() + "/newskg/update"))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString(update))));
    refused.add(sendAlone(HttpRequest.newBuilder(URI.create(server.url() + "/newskg"))
        .header("Content-Type", "application/sparql-update")
        .POST(HttpRequest.BodyPublishers.ofString(update))));
    String triple = "<https://example.org/s> <https://example.org/p> \"o\" .";
    for (String target : List.of("/newskg/get?default", "/newskg/get?graph="
        + encode("https://example.org/g"), "/newskg?default", "/newskg/data?default")) {
      URI uri = URI.create(server.url() + target);
      refused.add(sendAlone(HttpRequest.newBuilder(uri).header("Content-Type", "text/turtle")
          .PUT(HttpRequest.BodyPublishers.ofString(triple))));
      refused.add(sendAlone(HttpRequest.newBuilder(uri).header("Content-Type", "text/turtle")
          .POST(HttpRequest.BodyPublishers.ofString(triple))));
      refused.add(sendAlone(HttpRequest.newBuilder(uri).DELETE()));
    }
    for (HttpResponse<String> r : refused) {
      int status = r.statusCode();
      assertTrue(status >= 400 && status < 500,
          r.request().method() + " " + r.request().uri() + " -> " + status + " " + r.body());
    }
    assertEquals(before, statementCount(), "the store is unchanged");
  }

  @Test
  void malformedQueryGets400WithTheParserMessage() throws Exception {
    HttpResponse<String> r = get("SELECT ?x WHERE { ?x ", "application/sparql-results+json");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("line 1"), "names where the parser stopped: " + r.body());
    HttpResponse<String> empty = send(HttpRequest.newBuilder(URI.create(sparql))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("query=")));
    assertEquals(400, empty.statusCode(), empty.body());
    HttpResponse<String> noQuery = send(HttpRequest.newBuilder(URI.create(sparql)));
    assertTrue(noQuery.statusCode() >= 400 && noQuery.statusCode() < 500, noQuery.body());
  }

  @Test
  void slowQueryIsCancelledAtTheTimeoutWithAnError() throws Exception {
    // a cross product over the whole store: billions of rows, far beyond the 3 s timeout
    String pathological = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    long t0 = System.nanoTime();
    HttpResponse<String> r = get(pathological, "application/sparql-results+json");
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(503, r.statusCode(), r.body());
    assertTrue(seconds < SampleServer.TIMEOUT.toSeconds() + 20, "answered after " + seconds);
    // and the server still answers
    assertTrue(statementCount() > 0);
  }

  @Test
  void corsHeadersLetBrowserToolsQuery() throws Exception {
    HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(sparql))
        .header("Origin", "https://yasgui.example")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertTrue(preflight.statusCode() < 300, "preflight: " + preflight.statusCode());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
        preflight.headers().toString());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")
        .contains("POST"), preflight.headers().toString());
    HttpResponse<String> actual = send(HttpRequest.newBuilder(URI.create(sparql + "?query="
        + encode(COUNT_STATEMENTS))).header("Origin", "https://yasgui.example"));
    assertEquals(200, actual.statusCode());
    assertTrue(actual.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
        actual.headers().toString());
  }

  @Test
  void boundToLoopbackOnly() throws Exception {
    assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces())
        .stream().flatMap(i -> Collections.list(i.getInetAddresses()).stream())
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
    if (external.isPresent()) {
      try (Socket s = new Socket()) {
        assertThrows(ConnectException.class, () -> s.connect(
            new InetSocketAddress(external.get(), server.server().port()), 2000));
      }
    }
  }

  @Test
  void liveIngestionNeedsTheTokenAndCommits() throws Exception {
    URI articles = URI.create(server.url() + "/newskg/articles");
    String article = JSON.toStringFlat(JSON.buildObject(b -> b
        .pair("id", "live-harbour-1")
        .pair("title", "Harbour Board Approves New Ferry Schedule")
        .pair("publisher", "The Test Courier")
        .pair("published", "2025-05-02")
        .pair("text", "The harbour board approved a new ferry schedule on Friday.\n"
            + "\"This schedule finally puts the islands first,\" said Marta Lindqvist, "
            + "the board's chair.")));
    HttpResponse<String> none = send(HttpRequest.newBuilder(articles)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(article)));
    assertEquals(401, none.statusCode(), none.body());
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    HttpResponse<String> wrong = send(HttpRequest.newBuilder(articles)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer not-the-token")
        .POST(HttpRequest.BodyPublishers.ofString(article)));
    assertEquals(401, wrong.statusCode(), wrong.body());
    HttpResponse<String> badType = send(HttpRequest.newBuilder(articles)
        .header("Content-Type", "image/png")
        .header("Authorization", "Bearer " + SampleServer.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(article)));
    assertEquals(415, badType.statusCode(), badType.body());

    HttpResponse<String> ok = send(HttpRequest.newBuilder(articles)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + SampleServer.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(article)));
    assertEquals(200, ok.statusCode(), ok.body());
    JsonObject answer = JSON.parse(ok.body());
    JsonObject stored = answer.get("stored").getAsArray().get(0).getAsObject();
    assertTrue(stored.get("article").getAsString().value().endsWith("/live-harbour-1"), ok.body());
    HttpResponse<String> found = get("PREFIX nkg: <" + NKG.NS + "> PREFIX rdfs: <"
        + org.apache.jena.vocabulary.RDFS.getURI() + "> SELECT ?who WHERE { ?s nkg:text ?q ; "
        + "nkg:speaker/rdfs:label ?who FILTER CONTAINS(?q, \"islands first\") }", "text/csv");
    assertTrue(found.body().contains("Marta Lindqvist"), found.body());

    // plain text works too, and the same article again is recognized as unchanged
    HttpResponse<String> text = send(HttpRequest.newBuilder(articles)
        .header("Content-Type", "text/plain; charset=utf-8")
        .header("Authorization", "Bearer " + SampleServer.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("Council Delays Vote\n"
            + "\"We need more time,\" said Jonas Berg, the council's speaker.\n")));
    assertEquals(200, text.statusCode(), text.body());
    HttpResponse<String> again = send(HttpRequest.newBuilder(articles)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + SampleServer.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(article)));
    assertTrue(again.body().contains("\"unchanged\" : true")
        || again.body().contains("\"unchanged\":true"), again.body());
    HttpResponse<String> bad = send(HttpRequest.newBuilder(articles)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + SampleServer.TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": 3}")));
    assertEquals(422, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("request"), bad.body());
  }

  @Test
  void withoutATokenThereIsNoIngestion(@TempDir Path dir) throws Exception {
    try (KnowledgeStore empty = KnowledgeStore.open(dir.resolve("store"));
         NewskgServer plain = NewskgServer.start(empty,
             new NewskgServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), null),
             Optional.empty())) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(plain.url()
          + "/newskg/articles")).header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + SampleServer.TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}")));
      assertEquals(404, r.statusCode(), r.body());
    }
  }

  @Test
  void pageAndItsQueriesAreServedWithAStrictContentPolicy() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(server.url() + "/")));
    assertEquals(200, page.statusCode());
    assertTrue(contentType(page).startsWith("text/html"), contentType(page));
    assertTrue(page.body().contains("<form id=\"search\""), page.body());
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("")
        .contains("script-src 'self'"));
    HttpResponse<String> query = send(HttpRequest.newBuilder(URI.create(server.url()
        + "/queries/search.rq")));
    assertEquals(200, query.statusCode());
    assertEquals(Files.readString(Path.of("queries/search.rq")), query.body());
    HttpResponse<String> outside = send(HttpRequest.newBuilder(URI.create(server.url()
        + "/queries/..%2Fpom.xml")));
    assertTrue(outside.statusCode() == 400 || outside.statusCode() == 404, outside.body());
    assertFalse(outside.body().contains("<project"), outside.body());
    HttpResponse<String> nothing = send(HttpRequest.newBuilder(URI.create(server.url()
        + "/no-such-page")));
    assertEquals(404, nothing.statusCode());
  }

  @Test
  void ingestCommandRefusesAServedStoreAndNamesTheServer() throws Exception {
    // another process, as a user would run it: the holder check is per process
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), "org.newskg.cli.NewskgCommand", "ingest",
        "samples", "--store", server.store().directory().toString(), "--no-progress");
    pb.redirectErrorStream(true);
    long t0 = System.nanoTime();
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(1, exit, out);
    assertTrue(out.contains("held by 'newskg serve'") && out.contains(server.url())
        && out.contains("--server"), out);
    assertTrue(seconds < 20, "fails at once, before loading CoreNLP: " + seconds + " s");
    assertFalse(out.contains("loading CoreNLP"), out);
  }

  @Test
  void serveRefusesBadOptionsAndMissingStoresAndBusyPorts(@TempDir Path dir) {
    Run port = run("serve", "--port", "99999");
    assertEquals(2, port.exit(), port.err());
    assertTrue(port.err().contains("--port must be 0..65535"), port.err());
    Run token = run("serve", "--token", "short");
    assertEquals(2, token.exit(), token.err());
    Run missing = run("serve", "--store",
        dir.resolve("none").toString());
    assertEquals(1, missing.exit(), missing.err());
    assertTrue(missing.err().contains("no store at"), missing.err());
    assertFalse(Files.exists(dir.resolve("none")), "no empty store created");
    KnowledgeStore.open(dir.resolve("empty")).close();
    Run busy = run("serve", "--store",
        dir.resolve("empty").toString(), "--port", Integer.toString(server.server().port()));
    assertEquals(1, busy.exit(), busy.err());
    assertTrue(busy.err().contains("cannot serve on 127.0.0.1:" + server.server().port()),
        busy.err());
  }

  @Test
  void ingestWithServerOptionSendsTheArticlesToTheServer(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("wire.jsonl");
    Files.writeString(input, JSON.toStringFlat(JSON.buildObject(b -> b
        .pair("id", "live-wire-2")
        .pair("title", "Rail Union Accepts Offer")
        .pair("published", "2025-05-03")
        .pair("text", "\"We accepted because the offer protects night shifts,\" said Paula "
            + "Ferreira, the union's negotiator."))) + "\n");
    Run r = run("ingest", input.toString(),
        "--server", server.url(), "--token", SampleServer.TOKEN, "--no-progress");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().startsWith("sent 1 articles to " + server.url() + ": 1 stored"), r.out());
    HttpResponse<String> found = get("PREFIX nkg: <" + NKG.NS + "> SELECT ?q WHERE { "
        + "?s nkg:text ?q FILTER CONTAINS(?q, \"night shifts\") }", "text/csv");
    assertEquals(2, found.body().strip().lines().count(), found.body());
    Run wrong = run("ingest", input.toString(),
        "--server", server.url(), "--token", "wrong-token-123", "--no-progress");
    assertEquals(1, wrong.exit());
    assertTrue(wrong.err().contains("refused the token"), wrong.err());
  }
}
