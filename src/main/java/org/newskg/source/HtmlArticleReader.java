package org.newskg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}): one article, its text and metadata as
 * {@link PageExtractor} finds them; its URL (the canonical one the page names) is its identity.
 * The encoding is the page's own ({@code <meta charset>}, a byte-order mark), else UTF-8.
 *
 * <p>A page with no article text is a problem; a page not in English is skipped and counted.
 */
public final class HtmlArticleReader implements ArticleReader {
  /** Larger files are refused: a page is held in memory, and no news page is this big. */
  static final long MAX_BYTES = 32L << 20;

  private final PageExtractor pages;

  HtmlArticleReader(PageExtractor pages) {
    this.pages = pages;
  }

  @Override
  public ArticleFormat format() {
    return ArticleFormat.HTML;
  }

  /** One per page, without parsing it. */
  @Override
  public long count(Path file, ArticleDefaults defaults) {
    return 1;
  }

  @Override
  public void read(Path file, ArticleDefaults defaults, ArticleSink sink) {
    ArticleDefaults d = defaults == null ? ArticleDefaults.NONE : defaults;
    String name = file.toString();
    Document doc;
    try {
      if (TextFiles.sizeWithin(file, MAX_BYTES) == 0) {
        sink.problem(name, "empty file");
        return;
      }
      try (InputStream in = Files.newInputStream(file)) {
        doc = Jsoup.parse(in, null, file.toUri().toString());
      }
    } catch (IOException | TextFiles.NotText e) {
      sink.problem(name, TextFiles.problem(e));
      return;
    }
    Article article = pages.extract(doc, null, null, d, name);
    if (article == null) {
      sink.problem(name, "no article text found in the page");
      return;
    }
    if (pages.notEnglish(article) != null) {
      sink.skipped(name, SkipReason.NOT_ENGLISH);
      return;
    }
    sink.article(article);
  }
}
