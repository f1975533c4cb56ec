package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.query.EntitiesQuery;
import org.newskg.query.EntityRow;
import org.newskg.query.SaidQuery;
import org.newskg.query.SaidRow;
import org.newskg.source.ArticleDefaults;
import org.newskg.store.KnowledgeStore;

/**
 * Who is who across articles of our own, through CoreNLP into a real store: a person named
 * only "Mr. Okafor" in one and in full in two others, an organization named only by its
 * short form in one, and statements about Ukraine that say "Ukrainian" or "Kyiv".
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityAcrossArticlesTest {
  private static final String FIRST = """
      Harbor Courier 2025-06-02 08:00:00

      Grain Ships Return to the Old Harbor

      Mr. Okafor, the harbor master, said on Monday that the E.U. would pay for a new grain pier.

      “Ukrainian farmers need this pier before the harvest,” Mr. Okafor said.

      “Kyiv has asked us twice for more berths,” he added.

      The Kremlin said the pier was “a provocation.”
      """;
  private static final String SECOND = """
      Harbor Courier 2025-06-05 08:00:00

      New Pier Wins Funding From Brussels

      Daniel Okafor, the harbor master, met officials of the European Union on Thursday.

      “The money will arrive in July,” said Daniel Okafor.

      Officials at NATO declined to comment on the pier.
      """;
  private static final String THIRD = """
      Harbor Courier 2025-06-09 08:00:00

      Pier Opens to Grain Ships

      Daniel Okafor opened the new grain pier on Monday.

      “The first ship docks tomorrow,” Daniel Okafor said.
      """;

  private KnowledgeStore store;

  @BeforeAll
  void ingest(ProcessorFactory factory, @TempDir Path dir) throws Exception {
    // the surname-only article first: the join must be made after the fact
    Path first = Files.writeString(dir.resolve("a-first.txt"), FIRST);
    Path second = Files.writeString(dir.resolve("b-second.txt"), SECOND);
    Path third = Files.writeString(dir.resolve("c-third.txt"), THIRD);
    store = KnowledgeStore.open(dir.resolve("store"));
    IngestPipeline.Options options = new IngestPipeline.Options(1, 1, false, 1000,
        new ArticleDefaults(null, null));
    IngestPipeline pipeline = new IngestPipeline(factory, new StageTimes());
    pipeline.ingest(List.of(first), store, options, IngestListener.NONE);
    pipeline.ingest(List.of(second), store, options, IngestListener.NONE);
    pipeline.ingest(List.of(third), store, options, IngestListener.NONE);
  }

  private List<EntityRow> entities(EntitiesQuery.Type type) {
    return new EntitiesQuery().run(store, type, 0);
  }

  @Test
  void mrOkaforInOneArticleIsDanielOkaforOfTheOther() {
    List<EntityRow> people = entities(EntitiesQuery.Type.person);
    List<EntityRow> okafors = people.stream().filter(r -> r.label().contains("Okafor")).toList();
    assertEquals(1, okafors.size(), people.toString());
    assertEquals("Daniel Okafor", okafors.get(0).label());
    assertTrue(okafors.get(0).entity().endsWith("/person/daniel-okafor"), okafors.toString());
    assertEquals(3, okafors.get(0).articles(), okafors.toString());
  }

  @Test
  void theEuByItsInitialsAndByItsNameIsOneOrganization() {
    List<EntityRow> orgs = entities(EntitiesQuery.Type.org);
    List<EntityRow> eu = orgs.stream()
        .filter(r -> List.of("European Union", "EU", "E.U.").contains(r.label())).toList();
    assertEquals(1, eu.size(), orgs.toString());
    assertEquals("European Union", eu.get(0).label());
    assertTrue(eu.get(0).entity().endsWith("/org/european-union"), eu.toString());
    assertEquals(2, eu.get(0).articles(), eu.toString());
    assertTrue(orgs.stream().anyMatch(r -> r.label().equals("North Atlantic Treaty Organization")),
        orgs.toString());
    assertTrue(orgs.stream().anyMatch(r -> r.label().equals("Kremlin")), orgs.toString());
  }

  @Test
  void aboutUkraineFindsQuotesSayingUkrainianOrKyiv() {
    List<SaidRow> rows = new SaidQuery().run(store,
        new SaidQuery.Filters(null, "Ukraine", null, null));
    List<String> quotes = rows.stream().map(SaidRow::quote).toList();
    assertTrue(quotes.stream().anyMatch(q -> q.startsWith("Ukrainian farmers")), rows.toString());
    assertTrue(quotes.stream().anyMatch(q -> q.startsWith("Kyiv has asked")), rows.toString());
    assertTrue(rows.stream().allMatch(r -> r.about().contains("Ukraine")), rows.toString());
    // and the money quote names no country
    assertTrue(quotes.stream().noneMatch(q -> q.contains("July")), rows.toString());
  }

  @Test
  void entitiesListsTheTopOfATypeOnly() {
    List<EntityRow> top = new EntitiesQuery().run(store, EntitiesQuery.Type.country, 1);
    assertEquals(1, top.size(), top.toString());
    assertEquals("Country", top.get(0).type());
    assertEquals("Ukraine", top.get(0).label());
  }
}
