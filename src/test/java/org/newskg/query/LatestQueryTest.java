package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.ArticleFixture;
import org.newskg.rdf.NKG;
import org.newskg.resolve.Actor;
import org.newskg.store.KnowledgeStore;

/**
 * latest.rq, the page's first view, answers exactly what search.rq answers with no filter, page
 * by page, on a real TDB2 store holding dated and undated statements and a dated event (which
 * shares nkg:date with statements and must not be listed).
 */
class LatestQueryTest {
  private static final String OPENS = "The bridge opens in June";
  private static final String PAY = "Brussels must pay for it";
  private static final String LATE = "It is late again";
  private static final String WAIT = "Denmark will not wait";
  private static final String ASKED = "Nobody asked us";
  private static KnowledgeStore store;

  @BeforeAll
  static void writeArticles() {
    ArticleFixture a = new ArticleFixture("ferry-a", "2025-05-01",
        "“" + OPENS + ",” said Pieter de Graaf.\n“" + PAY + ",” said Ines Moreau.\n“" + LATE
            + ",” said Pieter de Graaf. Norway closed the port on Thursday.");
    Actor graaf = a.person("Pieter de Graaf");
    Actor norway = a.country(ArticleFixture.NORWAY);
    a.quote(OPENS, graaf, LocalDate.of(2025, 4, 30), norway);
    a.quote(PAY, a.person("Ines Moreau"), null);
    a.quote(LATE, graaf, LocalDate.of(2025, 5, 1));
    a.event("16", "closed").actors(norway).on("2025-05-01").add();
    ArticleFixture b = new ArticleFixture("ferry-b", null,
        "“" + WAIT + ",” said Mette Holm. “" + ASKED + ",” she added.");
    Actor holm = b.person("Mette Holm");
    b.quote(WAIT, holm, null, b.country(ArticleFixture.DENMARK));
    b.quote(ASKED, holm, null);
    store = KnowledgeStore.temporary();
    new org.newskg.ingest.StoreWriter(store).write(List.of(a.graph(), b.graph()));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** Every row of the query, each column as the RDF term's string, in the order answered. */
  private static List<Map<String, String>> rows(String queryText) {
    Query query = QueryFactory.create(queryText);
    return QueryTemplate.select(store, query, s -> {
      Map<String, String> row = new LinkedHashMap<>();
      for (String var : query.getResultVars()) {
        RDFNode n = s.get(var);
        row.put(var, n == null ? null : n.toString());
      }
      return row;
    });
  }

  private static String unfilteredSearch() {
    return QueryTemplate.load("search").bind(Map.of()).toString();
  }

  private static String latest() {
    return QueryTemplate.load("latest").bind(Map.of()).toString();
  }

  /** The page of the query that starts after offset rows, as the page's "Show more" asks. */
  private static String page(String queryText, int size, int offset) {
    // ARQ writes a parsed query with "LIMIT   100"
    return queryText.replaceFirst("LIMIT\\s+100", "LIMIT " + size + " OFFSET " + offset);
  }

  @Test
  void theSameStatementsInTheSameOrderAsAnUnfilteredSearch() {
    List<Map<String, String>> latest = rows(latest());
    assertEquals(rows(unfilteredSearch()), latest);
    List<String> quotes = new ArrayList<>();
    latest.forEach(r -> quotes.add(r.get("quote")));
    assertEquals(5, quotes.size(), "every statement, dated or not, no event: " + quotes);
    assertTrue(quotes.containsAll(List.of(OPENS, PAY, LATE, WAIT, ASKED)), quotes.toString());
    assertEquals(List.of(LATE, OPENS), quotes.subList(0, 2), "the dated first, newest first");
    assertTrue(latest.stream().allMatch(r -> r.get("context") != null
        && r.get("context").contains(r.get("quote"))), "each with the text around it");
  }

  @Test
  void pageByPageToo() {
    for (int offset = 0; offset < 6; offset++) {
      assertEquals(rows(page(unfilteredSearch(), 2, offset)), rows(page(latest(), 2, offset)),
          "the page at " + offset);
    }
  }

  /**
   * ?quoteStart is where the quote begins in ?context, counted in characters from 1 (SPARQL's
   * SUBSTR counts so), for a quote near the start of its article and one far into it, where the
   * context starts 200 characters before the quote.
   */
  @Test
  void quoteStartPointsAtTheQuoteInItsContext() {
    String preamble = "The ferry council met on a wet morning at the harbour. ".repeat(6);
    String far = "The timetable will change in spring";
    String near = "We sail at dawn";
    ArticleFixture c = new ArticleFixture("ferry-c", "2025-05-02", "“" + near
        + ",” said Ola Berg. " + preamble + "“" + far + ",” said Ola Berg.");
    Actor berg = c.person("Ola Berg");
    c.quote(near, berg, null);
    c.quote(far, berg, null);
    try (KnowledgeStore own = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(own).write(List.of(c.graph()));
      for (String name : List.of("latest", "search")) {
        Query query = QueryTemplate.load(name).bind(Map.of());
        List<String> checked = QueryTemplate.select(own, query, s -> {
          String quote = s.getLiteral("quote").getLexicalForm();
          String context = s.getLiteral("context").getLexicalForm();
          int start = s.getLiteral("quoteStart").getInt();
          assertEquals(quote, context.substring(context.offsetByCodePoints(0, start - 1))
              .substring(0, quote.length()), name + ": " + context);
          return quote;
        });
        assertEquals(Set.of(near, far), Set.copyOf(checked), name);
      }
    }
  }

  /**
   * A quote inside a reported clause (nkg:partOf) is left out before the page is cut, so that
   * every page but the last is full and "Show more" still shows.
   */
  @Test
  void partsAreLeftOutBeforeThePageIsCut() {
    ArticleFixture d = new ArticleFixture("ferry-d", "2025-05-03", "“" + OPENS
        + ",” said Ola Berg. “" + LATE + ",” said Ola Berg. “" + WAIT + ",” said Ola Berg.");
    Actor berg = d.person("Ola Berg");
    d.quote(OPENS, berg, null);
    d.quote(LATE, berg, null);
    d.quote(WAIT, berg, null);
    org.newskg.rdf.ArticleGraph graph = d.graph();
    Node text = NKG.text.asNode();
    Node whole = graph.graph().find(Node.ANY, text, NodeFactory.createLiteralString(OPENS))
        .next().getSubject();
    Node part = graph.graph().find(Node.ANY, text, NodeFactory.createLiteralString(LATE))
        .next().getSubject();
    graph.graph().add(Triple.create(part, NKG.partOf.asNode(), whole));
    try (KnowledgeStore own = KnowledgeStore.temporary()) {
      new org.newskg.ingest.StoreWriter(own).write(List.of(graph));
      for (String name : List.of("latest", "search")) {
        String text0 = QueryTemplate.load(name).bind(Map.of()).toString();
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 2; offset++) {
          Query page = QueryFactory.create(page(text0, 1, offset));
          List<String> rows = QueryTemplate.select(own, page,
              s -> s.getLiteral("quote").getLexicalForm());
          assertEquals(1, rows.size(), name + " page " + offset + ": " + rows);
          pages.addAll(rows);
        }
        assertEquals(Set.of(OPENS, WAIT), Set.copyOf(pages), name);
      }
    }
  }
}
