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
}
