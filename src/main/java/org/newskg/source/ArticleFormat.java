package org.newskg.source;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A kind of input file, known by the end of its name (as RDF4J's {@code RDFFormat} is): a
 * reader is registered for a format in {@link ArticleReaders}.
 *
 * @param name       for messages ("HTML")
 * @param extensions lowercase, without the leading dot; {@code warc.gz} is one extension
 */
public record ArticleFormat(String name, List<String> extensions) {
  public static final ArticleFormat TXT = new ArticleFormat("text", List.of("txt"));
  public static final ArticleFormat JSONL = new ArticleFormat("JSON Lines", List.of("jsonl"));
  public static final ArticleFormat HTML = new ArticleFormat("HTML", List.of("html", "htm"));
  public static final ArticleFormat WARC = new ArticleFormat("WARC", List.of("warc", "warc.gz"));

  public ArticleFormat {
    extensions = ImmutableList.copyOf(extensions);
    if (extensions.isEmpty()) {
      throw new IllegalArgumentException("a format needs an extension");
    }
  }

  /**
   * The length of the longest extension {@code file}'s name ends with (case-insensitive), or
   * 0 when none: the longest match wins, so {@code a.warc.gz} is WARC even if a format claims
   * {@code gz}.
   */
  int match(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    int best = 0;
    for (String e : extensions) {
      if (n.endsWith("." + e) && n.length() > e.length() + 1) {
        best = Math.max(best, e.length());
      }
    }
    return best;
  }
}
