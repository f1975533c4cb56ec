package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages written for these tests: the article's text and metadata, and nothing of the page. */
class HtmlArticleReaderTest {
  private final HtmlArticleReader reader =
      new HtmlArticleReader(new PageExtractor(LanguageFilter.english()));

  /** A page under src/test/resources/pages. */
  static Path page(String name) {
    try {
      return Path.of(HtmlArticleReaderTest.class.getResource("/pages/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Article read(String page) {
    RecordingSink sink = new RecordingSink();
    reader.read(page(page), ArticleDefaults.NONE, sink);
    assertEquals(List.of(), sink.problems);
    assertEquals(1, sink.articles.size());
    return sink.articles.get(0);
  }

  @Test
  void newsPageWithNavigationRelatedLinksCommentsAndJsonLd() {
    Article a = read("harbor-jsonld.html");
    // no navigation, byline, share tools, caption, related box, ad label, tags, comments,
    // sidebar or footer; character references decoded (&#8217; &#8220; &amp; &#233;)
    assertEquals("""
        Dock workers at the port of Easthaven returned to work on Saturday after their union \
        accepted a pay offer that ended a nine-day strike.
        "This is a fair deal for every family on the waterfront," said Ines Kowalski, the \
        union’s regional secretary, outside the terminal gates.
        The port authority said the backlog of about 40 ships would take two weeks to clear. \
        Its chief executive, Pieter de Graaf, called the agreement “a relief for Easthaven & \
        the whole region”.
        Under the deal, wages rise by 6% this year and 4% next year, and night shifts are \
        capped at four a week.
        Café owners near the docks said trade had fallen by half during the stoppage.""",
        a.text());
    // JSON-LD wins over Open Graph and <title>
    assertEquals("Port Strike Ends After Nine Days", a.headline());
    assertEquals("2024-11-02T08:45:00", a.published());
    assertEquals("The Harbor Gazette", a.publisher());
    // the canonical link, not og:url with its tracking parameter
    assertEquals("https://harborgazette.example/news/2024/11/02/port-strike-ends", a.url());
    assertEquals("Mara Lindqvist, Tomás Ortega", a.author());
    assertNull(a.id());
    assertEquals(a.url(), ArticleIdentity.idFor(a));
  }

  @Test
  void pageWithOnlyOpenGraphTags() {
    Article a = read("og-only.html");
    // the "Posted on … by …" dateline inside the post's box is dropped
    assertEquals("""
        The county council voted 9 to 4 on Friday to reopen the Millbrook rail line, closed \
        to passengers since 1968.
        "Millbrook has waited fifty years for this," said councillor Ruth Abernathy, who led \
        the campaign. "We will not wait another fifty."
        Opponents said the £48 million cost would fall on local taxpayers. Councillor Glen \
        Marsh called the plan "a train set for the few".
        The first trains could run in 2028, the council said.""", a.text());
    assertEquals("Council votes to reopen the Millbrook rail line", a.headline());
    assertEquals("2025-03-07T14:20:00", a.published());
    assertEquals("Valley Times", a.publisher());
    assertEquals("https://valleytimes.example/2025/03/07/millbrook-rail", a.url());
    // article:author is a link, <meta name=author> the name
    assertEquals("Chidi Okafor", a.author());
  }

  @Test
  void pageWithNeitherTakesTheTitleAndTheDefaults(@TempDir Path dir) throws IOException {
    Article a = read("plain.html");
    assertEquals("""
        A study of 120 glaciers in the Lyngen Alps found that they lost ice twice as fast \
        between 2015 and 2024 as in the decade before.
        "The change is larger than our models expected," said Dr Astrid Hovland of the Tromsø \
        Polar Institute, who led the survey.
        The team measured the glaciers with drones and satellite radar. Smaller glaciers below \
        1,200 metres may vanish by 2050, the study says.""", a.text());
    // <title> less its " - Site" part
    assertEquals("Glacier study finds faster melting", a.headline());
    assertNull(a.published());
    assertNull(a.publisher());
    assertNull(a.url());
    assertNull(a.author());
    // no URL: the identity is the text's hash, as for .txt
    assertEquals(ArticleIdentity.contentHash(a.text()).substring(0, 16),
        ArticleIdentity.idFor(a));

    RecordingSink sink = new RecordingSink();
    reader.read(page("plain.html"),
        new ArticleDefaults("Science Desk", "2025-01-31"), sink);
    assertEquals("Science Desk", sink.articles.get(0).publisher());
    assertEquals("2025-01-31", sink.articles.get(0).published());
  }

  @Test
  void encodingFromTheMetaTag(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("latin1.htm");
    Files.write(page, ("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 closes</title>"
        + "</head><body><article><p>The caf\u00e9 on the corner of M\u00fcller Street closed on "
        + "Monday after forty years, its owner said in a letter to customers.</p><p>\"We "
        + "thank everyone who came,\" Ana Garc\u00eda wrote.</p></article></body></html>")
        .getBytes(StandardCharsets.ISO_8859_1));
    RecordingSink sink = new RecordingSink();
    reader.read(page, ArticleDefaults.NONE, sink);
    assertEquals(List.of(), sink.problems);
    assertEquals("The café on the corner of Müller Street closed on Monday after forty years, its "
        + "owner said in a letter to customers.\n\"We thank everyone who came,\" Ana García "
        + "wrote.", sink.articles.get(0).text());
  }

  @Test
  void pageNotInEnglishIsSkippedAndCounted(@TempDir Path dir) throws IOException {
    Path fr = Files.writeString(dir.resolve("fr.html"), "<html lang=\"fr\"><head><title>Grève "
        + "au port</title></head><body><article><p>Les dockers du port de Marseille ont repris "
        + "le travail samedi après que leur syndicat a accepté une offre salariale qui met fin "
        + "à neuf jours de grève.</p><p>« C'est un accord juste pour toutes les familles du "
        + "port », a déclaré la secrétaire régionale du syndicat devant les grilles du "
        + "terminal.</p></article></body></html>");
    Path en = Files.copy(page("plain.html"), dir.resolve("en.html"));
    RecordingSink sink = new RecordingSink();
    ArticleSources.Summary summary = new ArticleSources().read(List.of(dir),
        ArticleDefaults.NONE, sink);
    assertEquals(List.of(fr + " NOT_ENGLISH"), sink.skipped);
    assertEquals(List.of(en.toString()), sink.origins());
    assertEquals(new ArticleSources.Summary(2, 1, 0, 0, 0, 1), summary);
  }

  @Test
  void pageWithoutTextOrEmptyIsAProblem(@TempDir Path dir) throws IOException {
    Path nav = Files.writeString(dir.resolve("nav.html"), "<html><head><title>Index</title>"
        + "</head><body><nav><a href=\"/a\">A</a></nav><script>var x = 1;</script></body></html>");
    Path empty = Files.writeString(dir.resolve("empty.html"), "");
    RecordingSink sink = new RecordingSink();
    reader.read(nav, ArticleDefaults.NONE, sink);
    reader.read(empty, ArticleDefaults.NONE, sink);
    assertEquals(List.of(
        new RecordingSink.Problem(nav.toString(), "no article text found in the page"),
        new RecordingSink.Problem(empty.toString(), "empty file")), sink.problems);
    assertEquals(List.of(), sink.articles);
  }

  @Test
  void pageDatesAsPagesWriteThem() {
    assertEquals("2024-11-02T08:45:00", PageMetadata.date("2024-11-02T08:45:00.000+0100"));
    assertEquals("2024-11-02T08:45:00", PageMetadata.date("2024-11-02T08:45:00Z"));
    assertEquals("2024-11-02T08:45:00", PageMetadata.date("2024-11-02 08:45"));
    assertEquals("2024-11-02", PageMetadata.date("2024-11-02"));
    assertNull(PageMetadata.date("2 November 2024"));
    assertNull(PageMetadata.date("2024-02-30"));
  }
}
