package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TxtArticleReaderTest {
  private static final ArticleDefaults DEFAULTS = new ArticleDefaults("Default Press", "2020-01-02");

  private final TxtArticleReader reader = new TxtArticleReader();

  private RecordingSink read(Path file) {
    RecordingSink sink = new RecordingSink();
    reader.read(file, DEFAULTS, sink);
    return sink;
  }

  private RecordingSink parse(String text) {
    RecordingSink sink = new RecordingSink();
    reader.parse("t.txt", text, DEFAULTS, sink);
    return sink;
  }

  @Test
  void multiArticleFileGivesEachArticleWithoutBoilerplate() {
    Path file = RecordingSink.fixture("multi-article.txt");
    RecordingSink sink = read(file);
    String f = file.toString();

    assertEquals(List.of(), sink.problems);
    assertEquals(5, sink.articles.size(), sink.articles::toString);

    Article keepers = sink.articles.get(0);
    assertEquals(new Article(null, null, "Lighthouse Keepers Return to a Remote Island",
        "Harbor Gazette", "2024-11-02T08:45:00",
        "The last keepers of the Skerry light came back on Friday, a decade after the lamp was "
            + "automated.\n"
            + "“We missed the sound of the sea,” said Maren Holt, the head keeper.\n"
            + "Here’s what we know so far:\n"
            + "• The Lamp Still Runs on Its Own\n"
            + "• The keepers will stay for a year.",
        f + ":8"), keepers);

    assertEquals(new Article(null, null, "A Ferry Strike Leaves Islanders Waiting on the Pier",
        "Harbor Gazette", "2024-11-02T08:45:00",
        "Ferry crews walked off the job on Monday over pay, stranding hundreds of islanders.\n"
            + "The union said the strike would last three days.",
        f + ":30"), sink.articles.get(1));

    // after a notice an article may start without a headline
    assertEquals(new Article(null, null, null, "Harbor Gazette", "2024-11-02T08:45:00",
        "Fishing quotas for the coming winter were cut by a fifth, the ministry said on Tuesday.\n"
            + "Small boats will be spared the cut.",
        f + ":36"), sink.articles.get(2));

    // a title-case line followed by text starts an article even without a notice before it
    assertEquals(new Article(null, null, "Harbor Seals Come Back to the Inner Sound",
        "Harbor Gazette", "2024-11-02T08:45:00",
        "Seals were counted in the inner sound on Wednesday for the first time in twenty years.",
        f + ":42"), sink.articles.get(3));

    // a second publisher line applies to what follows it
    assertEquals(new Article(null, null, "Storm Warnings Issued for the Northern Fjords",
        "Coastal Weekly", "2024-11-03",
        "Forecasters issued storm warnings for the northern fjords on Sunday.",
        f + ":49"), sink.articles.get(4));
  }

  @Test
  void characterReferencesAreDecoded(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Path file = dir.resolve("refs.txt");
    java.nio.file.Files.writeString(file, "Caf&eacute; owners &amp; the new tax\n\n"
        + "Ren&#233;e Dubois said the caf&eacute; would stay open.\n");
    RecordingSink sink = read(file);
    assertEquals("Café owners & the new tax", sink.articles.get(0).headline());
    assertEquals("Renée Dubois said the café would stay open.", sink.articles.get(0).text());
  }

  @Test
  void singleArticleFileTakesFirstLineAsHeadlineAndKeepsSubheads() {
    Path file = RecordingSink.fixture("single-article.txt");
    RecordingSink sink = read(file);
    assertEquals(List.of(), sink.problems);
    assertEquals(List.of(new Article(null, null, "Mayor 'will not back' tram plan",
        "Default Press", "2020-01-02",
        "The mayor of a small northern town has said she will not back a plan to build a tram "
            + "line.\nTown Hall Reaction\n"
            + "Councillors said the decision was \"a blow to the high street\".",
        file + ":3")), sink.articles);
  }

  @Test
  void binaryFileIsOneProblemAndNoArticles() {
    Path file = RecordingSink.fixture("binary.txt");
    RecordingSink sink = read(file);
    assertEquals(List.of(), sink.articles);
    assertEquals(List.of(new RecordingSink.Problem(file.toString(),
        "not UTF-8 text (invalid byte 0x89 at byte offset 0)")), sink.problems);
  }

  @Test
  void nulBytesInValidUtf8AreBinary(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("nul.txt");
    Files.write(file, "Headline\n\nSome text\u0000 more\n".getBytes(StandardCharsets.UTF_8));
    RecordingSink sink = read(file);
    assertEquals(List.of(), sink.articles);
    assertEquals(List.of(new RecordingSink.Problem(file.toString(),
        "binary content (NUL byte at line 3)")), sink.problems);
  }

  @Test
  void latin1FileIsNotUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "Caf\u00e9 owners protest\n\nThe caf\u00e9 closed.\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    RecordingSink sink = read(file);
    assertEquals(List.of(), sink.articles);
    assertEquals(1, sink.problems.size());
    assertEquals("not UTF-8 text (invalid byte 0xe9 at byte offset 3)",
        sink.problems.get(0).reason());
  }

  @Test
  void emptyFileIsAProblem() {
    Path file = RecordingSink.fixture("empty.txt");
    RecordingSink sink = read(file);
    assertEquals(List.of(), sink.articles);
    assertEquals(List.of(new RecordingSink.Problem(file.toString(), "empty file")),
        sink.problems);
  }

  @Test
  void missingFileIsAProblem(@TempDir Path dir) {
    RecordingSink sink = read(dir.resolve("gone.txt"));
    assertEquals(List.of(), sink.articles);
    assertEquals("cannot read: no such file or directory", sink.problems.get(0).reason());
  }

  @Test
  void onlyBoilerplateGivesNoArticle() {
    RecordingSink sink = parse("Advertisement\n\nSupported by\nLearn more\n");
    assertEquals(List.of(), sink.articles);
    assertEquals(1, sink.problems.size());
    assertTrue(sink.problems.get(0).reason().startsWith("no article text"));
  }

  @Test
  void headlineWithoutTextIsNotEmitted() {
    RecordingSink sink = parse("Advertisement\n\nA Headline With Nothing After It\n\nLearn more\n"
        + "\nAnother Orphan Headline Here\n");
    assertEquals(List.of(), sink.articles);
    assertEquals(1, sink.problems.size());
  }

  @Test
  void crlfAndBomAreHandled() {
    RecordingSink sink = parse("\uFEFFTown votes on bridge\r\n\r\nThe town voted.\r\n"
        + "It was close.\r\n");
    assertEquals(1, sink.articles.size());
    Article a = sink.articles.get(0);
    assertEquals("Town votes on bridge", a.headline());
    assertEquals("The town voted.\nIt was close.", a.text());
    assertEquals("t.txt:3", a.origin());
  }

  @Test
  void paragraphsAreTrimmedIncludingNoBreakSpaces() {
    RecordingSink sink = parse("\u00a0  First paragraph here.\u00a0\n\t Second one. \n");
    assertEquals("First paragraph here.\nSecond one.", sink.articles.get(0).text());
    // a one-paragraph-per-line body with no short first line has no headline
    assertNull(sink.articles.get(0).headline());
    assertEquals("t.txt:1", sink.articles.get(0).origin());
  }

  @Test
  void questionHeadlineOnFirstLine() {
    RecordingSink sink = parse("Could the tram still run?\n\nCouncillors will vote again.\n");
    assertEquals("Could the tram still run?", sink.articles.get(0).headline());
    assertEquals("Councillors will vote again.", sink.articles.get(0).text());
  }

  @Test
  void firstLineThatEndsASentenceIsText() {
    RecordingSink sink = parse("The council met.\n\nIt voted on Monday.\n");
    assertNull(sink.articles.get(0).headline());
    assertEquals("The council met.\nIt voted on Monday.", sink.articles.get(0).text());
  }

  @Test
  void defaultsApplyWithoutPublisherLine() {
    Article a = parse("Short title\n\nBody text.\n").articles.get(0);
    assertEquals("Default Press", a.publisher());
    assertEquals("2020-01-02", a.published());
  }

  @Test
  void nullDefaultsMeanNoPublisher() {
    RecordingSink sink = new RecordingSink();
    reader.parse("t.txt", "Body text.\n", null, sink);
    assertNull(sink.articles.get(0).publisher());
    assertNull(sink.articles.get(0).published());
  }

  @Test
  void publisherLineWithImpossibleDateIsReported() {
    RecordingSink sink = parse("Harbor Gazette 2024-02-30 10:00:00\n\nBody of the article.\n");
    assertEquals(1, sink.articles.size());
    assertEquals("Harbor Gazette", sink.articles.get(0).publisher());
    assertEquals("2020-01-02", sink.articles.get(0).published());
    assertEquals(1, sink.problems.size());
    assertEquals("t.txt:1", sink.problems.get(0).origin());
    assertTrue(sink.problems.get(0).reason().contains("2024-02-30"));
  }

  @Test
  void publisherLineShapes() {
    assertTrue(TxtArticleReader.isPublisherLine("The Harbor Gazette 2024-11-02 08:45:00"));
    assertTrue(TxtArticleReader.isPublisherLine("Harbor Gazette 2024-11-02"));
    assertTrue(TxtArticleReader.isPublisherLine("Harbor Gazette 2024-11-02T08:45"));
    assertTrue(TxtArticleReader.isPublisherLine("BBC 2005-01-01"));
    assertFalse(TxtArticleReader.isPublisherLine("Updated 2024-11-02"));
    assertFalse(TxtArticleReader.isPublisherLine("He was born on 1990-01-01"));
    assertFalse(TxtArticleReader.isPublisherLine("2024-11-02 08:45:00"));
    assertFalse(TxtArticleReader.isPublisherLine("The vote on 2024-11-02 was close."));
    assertFalse(TxtArticleReader.isPublisherLine(
        "A very long sentence that goes on and on before it ends 2024-11-02"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Nordic Leaders Race to Draft a Plan for Arctic Defense",
      "When Every Harbor Is the Last One",
      "Ferry Strike Ends",
      "War in Gaza",
      "Trump-Era Tariffs Hit Mexican Exporters",
      "2025 Budget Passes After Long Night"})
  void headlines(String line) {
    assertTrue(TxtArticleReader.isHeadline(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Here’s what we know so far:",
      "• Israel and Hamas Are Negotiating Through Mediators",
      "  • The talks go on.",
      "- Talks Resume in Cairo",
      "“Nothing Is Agreed Yet”",
      "A plan was agreed on Monday.",
      "Officials met in the capital on Monday",
      "Is Europe Ready for a New War?",
      "Advertisement",
      "The talks went on into the night",
      "Leaders Gather in Brussels, Hoping for a Deal That Will Finally Settle the Question of "
          + "Who Pays for Defense",
      "Here’s the Latest;"})
  void notHeadlines(String line) {
    assertFalse(TxtArticleReader.isHeadline(CharMatcherTrim.trim(line)), line);
  }

  @Test
  void shortBodyLinesInsideAnArticleDoNotSplitIt() {
    String text = "Advertisement\n\nTalks Stall Over Hostage Releases\n\n"
        + "Negotiators met again on Monday.\n\nHere’s what we know so far:\n\n"
        + "  • Israel and Hamas Are Negotiating Through Mediators\n"
        + "  • Qatar is hosting.\n\nThe talks continue.\n";
    RecordingSink sink = parse(text);
    assertEquals(1, sink.articles.size(), sink.articles::toString);
    assertEquals("Talks Stall Over Hostage Releases", sink.articles.get(0).headline());
    assertEquals(5, sink.articles.get(0).text().split("\n").length);
  }

  @Test
  void twoTitleLinesInARowTakeTheSecondAsHeadline() {
    // a kicker above the headline stays text of the previous article rather than eating it
    RecordingSink sink = parse("Advertisement\n\nFirst Article Headline Here\n\nBody one.\n\n"
        + "Opinion Columns Today\nSecond Article Headline Here\n\nBody two.\n");
    assertEquals(Arrays.asList("First Article Headline Here", "Second Article Headline Here"),
        sink.headlines());
    assertEquals("Body one.\nOpinion Columns Today", sink.articles.get(0).text());
    assertEquals("Body two.", sink.articles.get(1).text());
  }

  @Test
  void creditLinesEndTheArticleAndAreDropped() {
    RecordingSink sink = parse("Advertisement\n\nThe vote was held.\n\n"
        + "Ann Lee and Bo Park contributed reporting from Oslo.\n\nA new story starts here.\n");
    assertEquals(2, sink.articles.size());
    assertEquals("The vote was held.", sink.articles.get(0).text());
    assertEquals("A new story starts here.", sink.articles.get(1).text());
    assertEquals("t.txt:7", sink.articles.get(1).origin());
  }

  /** Guava's whitespace trim, as the reader applies it to every line. */
  private static final class CharMatcherTrim {
    static String trim(String s) {
      return com.google.common.base.CharMatcher.whitespace().trimFrom(s);
    }
  }
}
