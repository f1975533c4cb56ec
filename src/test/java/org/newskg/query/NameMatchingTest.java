package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.ArticleFixture;
import org.newskg.resolve.Actor;
import org.newskg.store.KnowledgeStore;

/**
 * How the canned queries match the names a user types (said.rq, search.rq and the page's
 * entity views), on a real TDB2 store written by {@link KnowledgeStore#write}: a name or a run
 * of its whole words, any case, with or without accents; an unnamed speaker by its description.
 */
class NameMatchingTest {
  private static final String BRIDGE = "The bridge opens in June";
  private static final String PAY = "Brussels must pay for it";
  private static final String TALKED = "We talked to Norway and Sweden";
  private static final String WAIT = "Denmark will not wait";
  private static KnowledgeStore store;

  @BeforeAll
  static void writeTwoArticles() {
    ArticleFixture a = new ArticleFixture("harbour-a", "2025-05-01",
        "“" + BRIDGE + ",” said Pieter de Graaf.\n“" + PAY + ",” a senior port official said.\n“"
            + TALKED + ",” said José Álvarez-Pérez.");
    Actor graaf = a.person("Pieter de Graaf");
    Actor alvarez = a.person("José Álvarez-Pérez");
    Actor norway = a.country(ArticleFixture.NORWAY);
    Actor sweden = a.country(ArticleFixture.SWEDEN);
    a.quote(BRIDGE, graaf, LocalDate.of(2025, 5, 1), norway);
    a.unnamedQuote(PAY, "a senior port official", LocalDate.of(2025, 5, 1), sweden);
    a.quote(TALKED, alvarez, LocalDate.of(2025, 5, 1), norway, sweden);
    ArticleFixture b = new ArticleFixture("harbour-b", "2025-05-03",
        "“" + WAIT + ",” said Francesca Graafland.");
    b.quote(WAIT, b.person("Francesca Graafland"), LocalDate.of(2025, 5, 3),
        b.country(ArticleFixture.DENMARK));
    store = KnowledgeStore.temporary();
    new org.newskg.ingest.StoreWriter(store).write(List.of(a.graph(), b.graph()));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<String> said(String speaker, String about) {
    return new SaidQuery().run(store, new SaidQuery.Filters(speaker, about, null, null)).stream()
        .map(SaidRow::quote).toList();
  }

  /** The ?var column of a canned query run with these parameters (strings, or dates). */
  private static List<String> column(String query, String var, Map<String, String> params) {
    Map<String, Node> p = new HashMap<>();
    params.forEach((k, v) -> p.put(k, k.equals("since") || k.equals("until")
        ? NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate)
        : NodeFactory.createLiteralString(v)));
    return QueryTemplate.select(store, QueryTemplate.load(query).bind(p),
        s -> QueryTemplate.text(s, var));
  }

  @Test
  void aSpeakerByANameOrARunOfItsWordsInAnyCase() {
    assertEquals(List.of(BRIDGE), said("de graaf", null));
    assertEquals(List.of(BRIDGE), said("  PIETER   de Graaf ", null));
    assertEquals(List.of(BRIDGE), said("graaf", null), "a whole word: not Graafland");
    assertEquals(List.of(TALKED), said("álvarez-pérez", null));
    assertEquals(List.of(TALKED), said("jose alvarez-perez", null), "without accents");
    assertEquals(List.of(TALKED), said("perez", null), "a part of a hyphenated name");
    assertEquals(List.of(), said("graa", null), "part of a word is not a name");
  }

  @Test
  void anUnnamedSpeakerByItsDescription() {
    assertEquals(List.of(PAY), said("official", null));
    assertEquals(List.of(PAY), said("Port Official", null));
  }

  @Test
  void whomAStatementIsAboutAndBothAtOnce() {
    assertEquals(List.of(BRIDGE, TALKED), said(null, "NORWAY"));
    assertEquals(List.of(PAY, TALKED), said(null, "sweden"));
    assertEquals(List.of(TALKED), said("alvarez", "sweden"));
    assertEquals(List.of(), said("de graaf", "sweden"));
    assertEquals(List.of(PAY), said("official", "sweden"));
    assertEquals(List.of(), said(null, "atlantis"));
    assertEquals(4, said(null, null).size());
    assertEquals(4, said("", " ").size(), "blank names filter nothing");
  }

  @Test
  void thePageSearchNewestFirstWithWordsNamesAndDates() {
    Map<String, String> none = Map.of("speakerName", "", "aboutName", "", "words", "");
    assertEquals(List.of(WAIT, BRIDGE, PAY, TALKED), column("search", "quote", none));
    assertEquals(List.of(WAIT), column("search", "quote",
        Map.of("speakerName", "", "aboutName", "", "words", "WILL NOT")));
    assertEquals(List.of(BRIDGE), column("search", "quote",
        Map.of("speakerName", "graaf", "aboutName", "norway", "words", "bridge")));
    assertEquals(List.of(), column("search", "quote",
        Map.of("speakerName", "graaf", "aboutName", "", "words", "wait")));
    assertEquals(List.of(PAY, TALKED), column("search", "quote",
        Map.of("speakerName", "", "aboutName", "Sweden", "words", "")));
    assertEquals(List.of(BRIDGE, PAY, TALKED), column("search", "quote",
        Map.of("speakerName", "", "aboutName", "", "words", "", "since", "2025-04-30",
            "until", "2025-05-02")));
    // the text around the quote comes along
    String context = column("search", "context",
        Map.of("speakerName", "francesca graafland", "aboutName", "", "words", "")).get(0);
    assertTrue(context.contains(WAIT + ",” said Francesca Graafland."), context);
  }

  @Test
  void theEntityViewsOfThePage() {
    assertEquals(List.of(TALKED), column("statements-by-speaker", "quote",
        Map.of("speakerName", "José Álvarez-Pérez")));
    assertEquals(List.of("Sweden", "Sweden"), column("statements-about", "about",
        Map.of("aboutName", "Sweden")));
  }
}
