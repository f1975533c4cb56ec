package org.newskg.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.event.AttributedArticle;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.source.Article;
import org.newskg.source.ArticleSink;
import org.newskg.train.OfficeHolderTable;

/**
 * The offices articles title people with ({@link OfficeTitles}), the table learned from them
 * ({@link OfficeHolderTable}) and "the chancellor said" given to the one holder an article
 * names ({@link OfficeHolders}), on articles of our own through the real pipeline.
 */
@ExtendWith(CoreNlpFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeHoldersTest {
  private ProcessorFactory factory;
  private ArticleProcessor processor;

  @BeforeAll
  void load(ProcessorFactory factory) {
    this.factory = factory;
    processor = factory.newProcessor(new StageTimes());
  }

  private AttributedArticle analyze(String text, String published) {
    return processor.analyze(new Article(null, null, "Harbor news", "Test Wire", published,
        text, "fixture"));
  }

  private Map<String, Set<String>> titles(String text) {
    AttributedArticle a = analyze(text, null);
    Map<String, Set<String>> byName = new TreeMap<>();
    OfficeTitles.of(a.annotated(), a.entities()).forEach((actor, t) ->
        byName.put(actor.label(), t));
    return byName;
  }

  @Test
  void anArticleTitlesItsPeopleWithTheOfficesTheyHoldNow() {
    Map<String, Set<String>> titles = titles("Chancellor Nils Brandt met Tory leader Rolf "
        + "Amundsen on Monday. Former prime minister Karl Vik was not there. Nils Brandt, the "
        + "chancellor, said little. First Minister Ove Dahl stayed in Bergen.");
    assertEquals(Set.of("chancellor"), titles.get("Nils Brandt"));
    assertEquals(Set.of("leader", "tory leader"), titles.get("Rolf Amundsen"));
    // an office held before, and one whose first word the run cannot take, are none
    assertFalse(titles.containsKey("Karl Vik"), titles.toString());
    assertFalse(titles.containsKey("Ove Dahl"), titles.toString());
  }

  @Test
  void theTableKeepsThoseTitledSoInEnoughArticlesWithTheirDates(@TempDir Path dir)
      throws Exception {
    String[] days = {"2024-03-01", "2024-06-11", "2024-09-30"};
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < days.length; i++) {
      jsonl.append("{\"id\": \"a").append(i).append("\", \"published\": \"").append(days[i])
          .append("\", \"text\": \"Chancellor Nils Brandt set out his budget on day ")
          .append(i + 1).append(". Culture Secretary Ada Lund said it was fair.")
          .append(i == 0 ? " Prime Minister Ada Lund was away." : "").append("\"}\n");
    }
    Files.writeString(dir.resolve("articles.jsonl"), jsonl.toString());
    List<String> problems = new java.util.ArrayList<>();
    OfficeHolders table = OfficeHolderTable.learn(List.of(dir.resolve("articles.jsonl")),
        factory, 1, 2, done -> { }, new ArticleSink() {
          @Override
          public void article(Article a) {}

          @Override
          public void problem(String origin, String reason) {
            problems.add(origin + ": " + reason);
          }
        });
    assertEquals(List.of(), problems);
    assertEquals(List.of(new OfficeHolders.Holder("Nils Brandt", 3,
        LocalDate.parse("2024-03-01"), LocalDate.parse("2024-09-30"))),
        table.byOffice().get("chancellor"));
    assertEquals("Ada Lund", table.byOffice().get("culture secretary").get(0).name());
    // titled so in one article only: not kept
    assertFalse(table.byOffice().containsKey("prime minister"), table.byOffice().toString());
    // written and read back the same
    StringWriter w = new StringWriter();
    table.write(w, List.of("test"));
    OfficeHolders back = OfficeHolders.read(new ByteArrayInputStream(
        w.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(table.byOffice(), back.byOffice());
  }

  /** Mr Brandt, named but never titled, and "the chancellor". */
  private static final String RIFT = "Nils Brandt has rejected claims of a rift with Ada Lund."
      + "\n\nUnion leader Per Holm said the two men disagreed on reform. But the chancellor "
      + "said Mr Holm had never been at their meetings.";

  /** The speaker of the statement whose content holds {@code words}, with {@code table}. */
  private String speakerWith(OfficeHolders table, String text, String published, String words) {
    AttributedArticle a = analyze(text, published);
    Statement s = StatementLookup.containing(a.statements().stream()
        .filter(x -> x.kind().equals(Statement.KIND_INDIRECT)).toList(), words);
    return StatementLookup.speakerOf(table.resolve(a.annotated(), a.entities(), s));
  }

  @Test
  void theChancellorIsTheHolderTheArticleNamesWithoutTitlingHim() {
    OfficeHolders table = new OfficeHolders(Map.of(
        "chancellor", List.of(new OfficeHolders.Holder("Nils Brandt", 20, null, null),
            new OfficeHolders.Holder("Karl Vik", 2, null, null)),
        "prime minister", List.of(new OfficeHolders.Holder("Ada Lund", 9, null, null),
            new OfficeHolders.Holder("Ove Dahl", 8, null, null))));
    String text = RIFT;
    assertEquals("Nils Brandt", speakerWith(table, text, null, "never been at their meetings"));
    // "he" for the office, and a day the parser hangs on it
    assertEquals("Nils Brandt", speakerWith(table, text + " He said the union was trying to "
        + "block reform.", null, "block reform"));
    assertEquals("Nils Brandt", speakerWith(table, text.replace("But the chancellor said",
        "The chancellor on Sunday said"), null, "never been at their meetings"));
    // holders the articles title about as often: no one
    String both = "Ada Lund and Ove Dahl met on Monday.\n\nUnion leader Per Holm spoke first. "
        + "But the prime minister said Mr Holm had never been at their meetings.";
    assertEquals("prime minister", speakerWith(table, both, null,
        "never been at their meetings"));
    // an undated table says nothing of a dated article
    assertEquals("chancellor", speakerWith(table, text, "2025-05-02",
        "never been at their meetings"));
  }

  @Test
  void aHolderSeenInDatedArticlesHoldsTheOfficeAroundThoseDatesOnly() {
    OfficeHolders table = new OfficeHolders(Map.of("chancellor", List.of(
        new OfficeHolders.Holder("Nils Brandt", 20, LocalDate.parse("2004-01-10"),
            LocalDate.parse("2005-11-30")))));
    String text = RIFT;
    assertEquals("Nils Brandt", speakerWith(table, text, "2006-03-01",
        "never been at their meetings"));
    assertEquals("chancellor", speakerWith(table, text, "2012-03-01",
        "never been at their meetings"));
  }

  @Test
  void anOfficeTheArticleTitlesSomeoneWithIsTheArticlesToDecide() {
    OfficeHolders table = new OfficeHolders(Map.of("chancellor", List.of(
        new OfficeHolders.Holder("Nils Brandt", 20, null, null))));
    String text = "Nils Brandt met Chancellor Rolf Amundsen in Oslo.\n\n"
        + "Union leader Per Holm said the two men disagreed on trade. But the chancellor said "
        + "Mr Holm had never been at their meetings.";
    assertNotEquals("Nils Brandt", speakerWith(table, text, null,
        "never been at their meetings"));
  }

  @Test
  void theShippedTableKnowsTheChancellorOfTheBritishNewsItWasLearnedFrom() {
    String text = "Gordon Brown has rejected claims of a rift with Tony Blair.\n\n"
        + "Union leader Per Holm said the two men disagreed on reform. But the chancellor said "
        + "Mr Holm had never been at their meetings.";
    assertEquals("Gordon Brown", speakerWith(OfficeHolders.loadShipped(), text, null,
        "never been at their meetings"));
  }

  @Test
  void anOfficeACountrysNameMadeADescriptionIsItsHolderToo() {
    // "UK" first made the country the speaker; once that is undone, the table is asked again
    AttributedArticle a = analyze("Gordon Brown has called on rich nations to fund a plan to "
        + "fight malaria.\n\nOn the third day of his tour of Asia, the UK chancellor predicted "
        + "a cure could be found by 2015 if donors doubled their pledges.", null);
    assertEquals("Gordon Brown", StatementLookup.speakerOf(StatementLookup.containing(
        a.statements(), "a cure could be found")));
  }

  @Test
  void anOfficeGivenToThePersonBeforeIsTheHolderTheTableKnowsWhenTheArticleNamesThem() {
    // OfficeHolders.reconsider: Mr Blunkett was never prime minister, Tony Blair is named
    String text = "Before delivering a statement to MPs, Mr Blunkett was joined by Tony Blair at "
        + "a school in south east London.\n\nMr Blunkett said he wanted to go back to a time "
        + "when the police were part of the community.\n\nThe prime minister said the "
        + "law-abiding citizen should be in charge of the community.";
    AttributedArticle a = analyze(text, null);
    assertEquals("Tony Blair", StatementLookup.speakerOf(StatementLookup.containing(
        a.statements(), "law-abiding citizen")));
    // a holder the article does not name leaves the person before as the rules found them
    AttributedArticle b = analyze("Helga Sorensen warned that the harbor tax would rise.\n\n"
        + "The prime minister also said the ferries would keep running.", null);
    assertEquals("Helga Sorensen", StatementLookup.speakerOf(StatementLookup.containing(
        b.statements(), "keep running")));
  }
}
