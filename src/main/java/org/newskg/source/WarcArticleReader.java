package org.newskg.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC archive ({@code .warc}, {@code .warc.gz}; Common Crawl's CC-NEWS is such files):
 * every {@code response} record of an HTML page fetched with status 200 is one article, its
 * target URI the article's URL and identity, its {@code WARC-Date} the publication time when
 * the page states none. Other records (requests, metadata, redirects, 404s, images, PDFs) are
 * skipped and counted, and so are pages with no article text or not in English.
 *
 * <p>Streamed with jwarc, one record at a time: only one page is in memory, whatever the size of
 * the file. A record that is truncated or corrupt is a problem at {@code file@offset} (the
 * record's byte offset in the file, compressed for {@code .warc.gz}), and reading goes on at the
 * next record that can be found after it.
 */
public final class WarcArticleReader implements ArticleReader {
  /** A larger HTTP payload is not a news page; it is reported, not held in memory. */
  static final int MAX_PAGE_BYTES = 32 << 20;

  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

  private final PageExtractor pages;

  WarcArticleReader(PageExtractor pages) {
    this.pages = pages;
  }

  @Override
  public ArticleFormat format() {
    return ArticleFormat.WARC;
  }

  @Override
  public void read(Path file, ArticleDefaults defaults, ArticleSink sink) {
    ArticleDefaults d = defaults == null ? ArticleDefaults.NONE : defaults;
    String name = file.toString();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() == 0) {
        sink.problem(name, "empty file");
        return;
      }
      WarcReader reader;
      try {
        reader = new WarcReader(channel);
      } catch (IOException e) {
        sink.problem(name, "not a WARC file: " + reason(e));
        return;
      }
      try (reader) {
        readRecords(reader, channel, name, d, sink);
      }
    } catch (IOException e) {
      sink.problem(name, "cannot read: " + ArticleSources.describe(e));
    }
  }

  /**
   * The HTML responses with status 200, read from the records' headers without extracting the
   * pages; up to the first corrupt record.
   */
  @Override
  public long count(Path file, ArticleDefaults defaults) {
    long n = 0;
    try (WarcReader reader = new WarcReader(file)) {
      for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        if (isPage(r.get())) {
          n++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // read() reports it
    }
    return n;
  }

  private static boolean isPage(WarcRecord record) throws IOException {
    if (!(record instanceof WarcResponse response)
        || !response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      return false;
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString();
    return http.status() == 200
        && (base.equals("text/html") || base.equals("application/xhtml+xml"));
  }

  private void readRecords(WarcReader reader, FileChannel channel, String name,
                           ArticleDefaults defaults, ArticleSink sink) throws IOException {
    boolean gzip = reader.compression() == WarcCompression.GZIP;
    int records = 0;
    while (true) {
      long offset = reader.position();
      try {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        offset = record.position();
        records++;
        read(record, name + "@" + offset, defaults, sink);
      } catch (IOException | RuntimeException e) {
        // jwarc's ParsingException is an IOException; a short body is an EOFException. The
        // reader's position is the start of the record it failed on: the one being parsed,
        // or the one before whose body could not be read to its end.
        offset = reader.position();
        records++;
        sink.problem(name + "@" + offset, "corrupt or truncated WARC record: " + reason(e));
        long resume = findRecordStart(channel, offset + 1, gzip);
        if (resume < 0) {
          break;
        }
        reader.position(resume);
      }
    }
    if (records == 0) {
      sink.problem(name, "no WARC records");
    }
  }

  private void read(WarcRecord record, String origin, ArticleDefaults defaults, ArticleSink sink)
      throws IOException {
    if (!isPage(record)) {
      sink.skipped(origin, SkipReason.NOT_A_PAGE);
      return;
    }
    WarcResponse response = (WarcResponse) record;
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    byte[] payload;
    try (InputStream in = http.bodyDecoded().stream()) {
      payload = in.readNBytes(MAX_PAGE_BYTES + 1);
    }
    if (payload.length > MAX_PAGE_BYTES) {
      sink.problem(origin, "page too large (over " + MAX_PAGE_BYTES + " bytes)");
      return;
    }
    String url = response.target();
    Document doc = Jsoup.parse(new ByteArrayInputStream(payload), charset(type), url);
    Article article = pages.extract(doc, url, record.date(), defaults, origin);
    if (article == null) {
      sink.skipped(origin, SkipReason.NO_ARTICLE_TEXT);
    } else if (pages.notEnglish(article) != null) {
      sink.skipped(origin, SkipReason.NOT_ENGLISH);
    } else {
      sink.article(article);
    }
  }

  /** The HTTP header's charset if Java knows it, else null: jsoup then reads the page's own. */
  private static String charset(MediaType type) {
    String cs = type == null ? null : type.parameters().get("charset");
    if (cs == null) {
      return null;
    }
    try {
      return Charset.isSupported(cs.strip()) ? cs.strip() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The offset of the next record start at or after {@code from}: a gzip member header in a
   * compressed file, a {@code WARC/1.} line at the start of a line otherwise; -1 if none.
   * Reads the file in blocks, never all of it.
   */
  static long findRecordStart(FileChannel channel, long from, boolean gzip) throws IOException {
    byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long pos = from;
    long size = channel.size();
    while (pos < size) {
      buf.clear();
      int n = channel.read(buf, pos);
      if (n <= 0) {
        return -1;
      }
      byte[] b = buf.array();
      for (int i = 0; i + magic.length <= n; i++) {
        if (matches(b, i, magic)) {
          long at = pos + i;
          if (gzip ? startsWarcMember(channel, at) : at == 0 || precededByNewline(channel, at)) {
            return at;
          }
        }
      }
      if (n < magic.length) {
        return -1;
      }
      // overlap so a magic split across two blocks is still found
      pos += n - magic.length + 1;
    }
    return -1;
  }

  private static boolean matches(byte[] b, int i, byte[] magic) {
    for (int k = 0; k < magic.length; k++) {
      if (b[i + k] != magic[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a gzip member at {@code at} holds the start of a WARC record: the three magic bytes
   * also occur inside compressed data, and a writer may split a record into several members.
   */
  private static boolean startsWarcMember(FileChannel channel, long at) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(4096);
    int n = channel.read(head, at);
    if (n <= 0) {
      return false;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head.array(), 0, n))) {
      return Arrays.equals(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean precededByNewline(FileChannel channel, long at) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    return channel.read(one, at - 1) == 1 && one.get(0) == '\n';
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
