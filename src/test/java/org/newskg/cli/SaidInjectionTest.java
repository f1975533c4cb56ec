package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.cli.CliRunner.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.IngestReport;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.query.SaidQuery;
import org.newskg.store.KnowledgeStore;

/**
 * {@code said --speaker/--about} values that hold quotes, braces and SPARQL are bound as string
 * literals: the command answers normally, with no rows for text no name contains (an injected
 * {@code || true} or {@code UNION} would return every statement), and the store is unchanged.
 * Quotes whose text holds such fragments come back verbatim.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaidInjectionTest {
  // single quote marks: a straight double quote inside a curly-quoted quote makes CoreNLP pair
  // it with another and lose the quote; the headline carries the "} instead
  private static final String SPARQL_QUOTE = "'} } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> "
      + "'z' } #";
  private static final String HEADLINE = "Port Tariffs \"} Published";
  private static final String SCRIPT = "<script>alert('x')</script>";
  /** Each would change the query if it were spliced into said.rq's VALUES row or FILTERs. */
  static final List<String> ATTACKS = List.of(
      "x\" || true || \"",
      "\") } UNION { ?statement a ?any } #",
      "\" \"\" \"0001-01-01\"^^xsd:date \"9999-12-31\"^^xsd:date) (\"",
      "}} ; DROP ALL ; #",
      "\\\" ) } ; CLEAR DEFAULT",
      "' OR '1'='1",
      "\"}",
      SCRIPT);

  private Path store;

  @BeforeAll
  void ingest(ProcessorFactory factory, @TempDir Path dir) throws Exception {
    Path input = dir.resolve("hostile.jsonl");
    String text = "The port authority published its tariffs on Tuesday.\n"
        + "\u201cWe reject " + SCRIPT + " in every filing,\u201d said Nadia Okafor, the authority's "
        + "director.\n"
        + "\u201cClose it with " + SPARQL_QUOTE + " and move on,\u201d Okafor said of Norway.\n";
    Files.writeString(input, JSON.toStringFlat(JSON.buildObject(b -> b
        .pair("id", "hostile-port-1").pair("title", HEADLINE)
        .pair("published", "2025-06-03").pair("text", text))) + "\n", StandardCharsets.UTF_8);
    store = dir.resolve("store");
    try (KnowledgeStore s = KnowledgeStore.open(store)) {
      IngestReport report = new IngestPipeline(factory, new StageTimes()).ingest(
          List.of(Path.of("samples"), input), s, IngestPipeline.Options.standard(),
          IngestListener.NONE);
      assertEquals(List.of(), report.problems());
    }
  }

  private JsonArray said(String... options) {
    List<String> args = new ArrayList<>(List.of("said", "--store", store.toString(),
        "--format", "json"));
    args.addAll(List.of(options));
    CliRunner.Run r = run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    return JSON.parseAny(r.out()).getAsArray();
  }

  @Test
  void injectedFiltersMatchNothingAndChangeNothing() {
    int all = said().size();
    assertTrue(all > 5, "statements in the store: " + all);
    for (String attack : ATTACKS) {
      assertEquals(0, said("--speaker", attack).size(), "--speaker " + attack);
      assertEquals(0, said("--about", attack).size(), "--about " + attack);
      assertEquals(0, said("--speaker", "okafor", "--about", attack).size(), attack);
    }
    assertEquals(all, said().size(), "the store is unchanged");
  }

  @Test
  void quotesHoldingCodeComeBackVerbatim() {
    List<String> quotes = new ArrayList<>();
    for (JsonValue v : said("--speaker", "okafor")) {
      quotes.add(v.getAsObject().get("quote").getAsString().value());
      assertEquals(HEADLINE, v.getAsObject().get("headline").getAsString().value());
    }
    assertTrue(quotes.stream().anyMatch(q -> q.contains(SCRIPT)), quotes.toString());
    assertTrue(quotes.stream().anyMatch(q -> q.contains(SPARQL_QUOTE)), quotes.toString());
    // a filter that is itself such text finds the quote's speaker by part of a name only
    assertEquals(0, said("--speaker", "okafor" + SCRIPT).size());
  }

  @Test
  void theBoundQueryHoldsEachValueAsOneStringLiteral() {
    for (String attack : ATTACKS) {
      Query q = new SaidQuery().query(new SaidQuery.Filters(attack, attack, null, null));
      List<Node> bound = new ArrayList<>();
      ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
        @Override
        public void visit(ElementData data) {
          data.getRows().forEach(row -> {
            bound.add(row.get(Var.alloc("speakerName")));
            bound.add(row.get(Var.alloc("aboutName")));
          });
        }
      });
      assertEquals(2, bound.size(), q.toString());
      for (Node n : bound) {
        assertTrue(n.isLiteral(), n.toString());
        assertEquals(attack, n.getLiteralLexicalForm());
      }
      // and the query, written out and parsed again, still has one VALUES row: the text
      // form escapes the literal (what a client sending the query over HTTP would see)
      Query reparsed = org.apache.jena.query.QueryFactory.create(q.serialize());
      assertEquals(q, reparsed);
    }
  }
}
