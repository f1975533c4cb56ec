package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newskg.CoreNlpFixture;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.source.Article;

/** Titles beside names, with the country or organization they are of, through real CoreNLP. */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleFinderTest {
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    processor = factory.newProcessor(new StageTimes());
  }

  /** "holder: title (of)" for every role found. */
  private List<String> roles(String text) {
    ArticleEntities e = processor.analyze(new Article(null, null, "Roles", "Test Wire",
        "2025-05-02", text, "fixture")).entities();
    return e.roles().stream().map(r -> r.holder().label() + ": " + r.title() + " ("
        + (r.of() == null ? "-" : r.of().label()) + ")").toList();
  }

  @Test
  void titleBeforeTheNameWithOfAfterIt() {
    List<String> r = roles("Prime Minister Keir Starmer of Britain spoke to reporters in "
        + "London on Friday.");
    assertTrue(r.contains("Keir Starmer: prime minister (United Kingdom)"), r.toString());
  }

  @Test
  void appositionAfterTheName() {
    List<String> r = roles("Bart De Wever, the prime minister of Belgium, arrived late. "
        + "Sergey Lavrov, Russia's foreign minister, left early.");
    assertTrue(r.contains("Bart De Wever: prime minister (Belgium)"), r.toString());
    assertTrue(r.contains("Sergey Lavrov: foreign minister (Russia)"), r.toString());
  }

  @Test
  void appositionBeforeTheNameWithANationality() {
    List<String> r = roles("The French president, Emmanuel Macron, met farmers in Lyon.");
    assertTrue(r.contains("Emmanuel Macron: president (France)"), r.toString());
  }

  @Test
  void anOfficeAfterAPrepositionIsNoApposition() {
    List<String> r = roles("Barack Lee will take a gentler line in his second term as US "
        + "President, Tony Blair has said.");
    assertTrue(r.stream().noneMatch(x -> x.startsWith("Tony Blair:")), r.toString());
  }

  @Test
  void honorificsAreNoRole() {
    List<String> r = roles("Mr. Daniel Okafor opened the bakery on Main Street.");
    assertTrue(r.stream().noneMatch(x -> x.contains(": mr")), r.toString());
  }
}
