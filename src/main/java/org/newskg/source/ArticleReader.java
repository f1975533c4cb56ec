package org.newskg.source;

import java.nio.file.Path;

/** Reads the articles of one file of its format. */
public interface ArticleReader {
  /** The files this reader is for. */
  ArticleFormat format();

  /**
   * Reads one file. Never throws for bad input: what cannot be read is a
   * {@link ArticleSink#problem}, what is not an article is {@link ArticleSink#skipped}, and the
   * rest of the file is still read.
   *
   * @param defaults publisher and date for articles whose input has none
   */
  void read(Path file, ArticleDefaults defaults, ArticleSink sink);

  /**
   * How many articles {@link #read} would give, for a progress bar's total. Readers whose
   * articles cost more to extract than to find (pages) may count without extracting, so the
   * count can be a little high.
   */
  default long count(Path file, ArticleDefaults defaults) {
    long[] n = {0};
    read(file, defaults, new ArticleSink() {
      @Override
      public void article(Article a) {
        n[0]++;
      }

      @Override
      public void problem(String origin, String reason) {
        // counted as nothing; read() reports it
      }
    });
    return n[0];
  }
}
