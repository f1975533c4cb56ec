package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC files this test writes with jwarc, as a crawler (CC-NEWS) writes them. */
class WarcArticleReaderTest {
  private static final Instant FETCHED = Instant.parse("2025-05-20T06:30:15Z");
  private static final String DOCKS = "https://harborgazette.example/news/docks-reopen";
  private static final String FERRY = "https://coastpost.example/ferry-fares";
  private static final String LAST = "https://coastpost.example/late-story";

  private final WarcArticleReader reader =
      new WarcArticleReader(new PageExtractor(LanguageFilter.english()));

  private static final String DOCKS_PAGE = "<html><head><title>Docks reopen | Harbor Gazette"
      + "</title><meta property=\"og:site_name\" content=\"The Harbor Gazette\">"
      + "<meta property=\"article:published_time\" content=\"2025-05-19T17:05:00+02:00\">"
      + "<link rel=\"canonical\" href=\"https://harborgazette.example/docks\"></head><body>"
      + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Docks "
      + "reopen</h1><p>The docks at Easthaven reopened on Monday after a week of repairs to the "
      + "flood gates, the port authority said.</p><p>&quot;Ships can come in again,&quot; said "
      + "harbour master Lena Brandt.</p></article><footer>&copy; Harbor Gazette</footer>"
      + "</body></html>";
  private static final String FERRY_PAGE = "<html><head><title>Ferry fares to rise</title>"
      + "</head><body><div id=\"story\"><p>Ferry fares between Easthaven and the islands will "
      + "rise by 8% in June, the operator announced on Tuesday.</p><p>Island councillor Ewan "
      + "Reid said the rise would hurt families who cross every day.</p></div></body></html>";
  private static final String FRENCH_PAGE = "<html><head><title>Les tarifs du ferry</title>"
      + "</head><body><article><p>Les tarifs du ferry entre le port et les îles augmenteront de "
      + "huit pour cent en juin, a annoncé mardi l'opérateur de la ligne.</p><p>Un élu des îles "
      + "a déclaré que cette hausse pénaliserait les familles qui traversent tous les jours."
      + "</p></article></body></html>";

  private static HttpResponse page(int status, String type, String body) {
    return new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
  }

  private static WarcResponse response(String url, HttpResponse http) throws IOException {
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }

  private static WarcRequest request(String url) throws IOException {
    return new WarcRequest.Builder(URI.create(url)).date(FETCHED)
        .body(new HttpRequest.Builder("GET", URI.create(url).getPath())
            .addHeader("Host", URI.create(url).getHost()).build()).build();
  }

  /** The records of a small crawl, the last one a page cut short. */
  private static List<WarcRecord> crawl() throws IOException {
    return List.of(
        new Warcinfo.Builder().date(FETCHED).filename("crawl.warc").build(),
        request(DOCKS),
        response(DOCKS, page(200, "text/html; charset=utf-8", DOCKS_PAGE)),
        request(FERRY),
        response(FERRY, page(200, "text/html", FERRY_PAGE)),
        response("https://coastpost.example/missing",
            page(404, "text/html", "<html><body><p>Page not found, sorry about that, please try "
                + "the search box or go back to the home page.</p></body></html>")),
        response("https://coastpost.example/logo.png",
            new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).build()),
        response("https://coastpost.example/fr/ferry", page(200, "text/html", FRENCH_PAGE)),
        response(LAST, page(200, "text/html", FERRY_PAGE.replace("Ferry fares", "Late fares"))));
  }

  /** Writes the records; returns the offset at which each starts. */
  private static long[] write(Path file, List<WarcRecord> records, WarcCompression compression)
      throws IOException {
    long[] offsets = new long[records.size()];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
        compression)) {
      for (int i = 0; i < records.size(); i++) {
        offsets[i] = out.size();
        writer.write(records.get(i));
      }
    }
    Files.write(file, out.toByteArray());
    return offsets;
  }

  /** Cuts the file in the middle of its last record. */
  private static void truncateLast(Path file, long lastOffset) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    long keep = lastOffset + (bytes.length - lastOffset) / 2;
    Files.write(file, Arrays.copyOf(bytes, (int) keep));
  }

  private void readsTheCrawl(Path file, long[] offsets) {
    RecordingSink sink = new RecordingSink();
    ArticleSources.Summary summary = new ArticleSources().read(List.of(file),
        ArticleDefaults.NONE, sink);

    assertEquals(2, sink.articles.size(), sink.articles::toString);
    Article docks = sink.articles.get(0);
    // the target URI is the identity, not the page's canonical link
    assertEquals(DOCKS, docks.url());
    assertEquals("Docks reopen", docks.headline());
    assertEquals("2025-05-19T17:05:00", docks.published());
    assertEquals("The Harbor Gazette", docks.publisher());
    assertEquals("The docks at Easthaven reopened on Monday after a week of repairs to the "
        + "flood gates, the port authority said.\n\"Ships can come in again,\" said harbour "
        + "master Lena Brandt.", docks.text());
    assertEquals(file + "@" + offsets[2], docks.origin());

    Article ferry = sink.articles.get(1);
    assertEquals(FERRY, ferry.url());
    assertEquals("Ferry fares to rise", ferry.headline());
    // no date on the page: the WARC-Date, in UTC
    assertEquals("2025-05-20T06:30:15", ferry.published());
    assertEquals("Ferry fares between Easthaven and the islands will rise by 8% in June, the "
        + "operator announced on Tuesday.\nIsland councillor Ewan Reid said the rise would hurt "
        + "families who cross every day.", ferry.text());

    assertEquals(List.of(
        file + "@" + offsets[0] + " NOT_A_PAGE", file + "@" + offsets[1] + " NOT_A_PAGE",
        file + "@" + offsets[3] + " NOT_A_PAGE", file + "@" + offsets[5] + " NOT_A_PAGE",
        file + "@" + offsets[6] + " NOT_A_PAGE", file + "@" + offsets[7] + " NOT_ENGLISH"),
        sink.skipped);
    assertEquals(1, sink.problems.size(), sink.problems::toString);
    assertEquals(file + "@" + offsets[8], sink.problems.get(0).origin());
    assertTrue(sink.problems.get(0).reason().startsWith("corrupt or truncated WARC record: "),
        sink.problems.get(0).reason());
    assertEquals(new ArticleSources.Summary(1, 2, 1, 0, 5, 1), summary);
  }

  @Test
  void uncompressedWarc(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("crawl.warc");
    long[] offsets = write(file, crawl(), WarcCompression.NONE);
    truncateLast(file, offsets[8]);
    readsTheCrawl(file, offsets);
  }

  @Test
  void gzippedWarc(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("CC-NEWS-20250520063015-00001.warc.gz");
    long[] offsets = write(file, crawl(), WarcCompression.GZIP);
    truncateLast(file, offsets[8]);
    readsTheCrawl(file, offsets);
  }

  @Test
  void countsPagesWithoutExtractingThem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    write(file, crawl(), WarcCompression.GZIP);
    Files.writeString(dir.resolve("page.html"), "<p>not parsed to be counted</p>");
    Files.writeString(dir.resolve("a.jsonl"), "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
    // the HTML responses with status 200 (the French page too: its language is not looked at),
    // one per page file, the articles of the .jsonl
    assertEquals(4, reader.count(file, ArticleDefaults.NONE));
    assertEquals(4 + 1 + 2, new ArticleSources().count(List.of(dir), ArticleDefaults.NONE));
  }

  @Test
  void aCorruptRecordInTheMiddleIsReportedAndTheRestRead(@TempDir Path dir) throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path file = dir.resolve(compression == WarcCompression.NONE ? "mid.warc" : "mid.warc.gz");
      long[] offsets = write(file, List.of(response(DOCKS, page(200, "text/html", DOCKS_PAGE)),
          response(FERRY, page(200, "text/html", FERRY_PAGE))), compression);
      // garbage where a record should start, between the two
      byte[] bytes = Files.readAllBytes(file);
      byte[] junk = ("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 1O\r\n\r\n"
          + "\u0000\u0001\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(bytes, 0, (int) offsets[1]);
      out.write(junk);
      out.write(bytes, (int) offsets[1], bytes.length - (int) offsets[1]);
      Files.write(file, out.toByteArray());

      RecordingSink sink = new RecordingSink();
      reader.read(file, ArticleDefaults.NONE, sink);
      assertEquals(List.of(DOCKS, FERRY), sink.articles.stream().map(Article::url).toList(),
          compression::toString);
      assertEquals(1, sink.problems.size(), sink.problems::toString);
      assertEquals(file + "@" + offsets[1], sink.problems.get(0).origin());
      assertEquals(file + "@" + (offsets[1] + junk.length), sink.articles.get(1).origin());
    }
  }

  @Test
  void notAWarcFile(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("notes.warc"), "just some notes\n");
    Path empty = Files.writeString(dir.resolve("empty.warc.gz"), "");
    RecordingSink sink = new RecordingSink();
    reader.read(text, ArticleDefaults.NONE, sink);
    reader.read(empty, ArticleDefaults.NONE, sink);
    List<String> origins = new ArrayList<>();
    sink.problems.forEach(p -> origins.add(p.origin()));
    assertEquals(List.of(text + "@0", empty.toString()), origins, sink.problems::toString);
    assertEquals(List.of(), sink.articles);
  }
}
