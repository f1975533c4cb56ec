package org.newskg.source;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The readers by format, as RDF4J keeps its parsers by format: {@link #standard()} has
 * {@code .txt}, {@code .jsonl}, {@code .html}/{@code .htm} and {@code .warc}/{@code .warc.gz};
 * {@link #with} adds or replaces one. Immutable.
 */
public final class ArticleReaders {
  private final ImmutableList<ArticleReader> readers;

  private ArticleReaders(List<ArticleReader> readers) {
    this.readers = ImmutableList.copyOf(readers);
  }

  /** The four formats newskg reads; the HTML and WARC readers share one page extractor. */
  public static ArticleReaders standard() {
    PageExtractor pages = new PageExtractor(LanguageFilter.english());
    return new ArticleReaders(List.of(new TxtArticleReader(), new JsonlArticleReader(),
        new HtmlArticleReader(pages), new WarcArticleReader(pages)));
  }

  /** These readers and {@code reader}, which replaces any reader of the same format. */
  public ArticleReaders with(ArticleReader reader) {
    List<ArticleReader> list = new ArrayList<>();
    for (ArticleReader r : readers) {
      if (!r.format().equals(reader.format())) {
        list.add(r);
      }
    }
    list.add(reader);
    return new ArticleReaders(list);
  }

  /** The reader for {@code file}'s extension (the longest that matches), if any. */
  public Optional<ArticleReader> forFile(Path file) {
    ArticleReader best = null;
    int longest = 0;
    for (ArticleReader r : readers) {
      int m = r.format().match(file);
      if (m > longest) {
        longest = m;
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The formats, in registration order. */
  public List<ArticleFormat> formats() {
    return readers.stream().map(ArticleReader::format).toList();
  }

  /** ".txt, .jsonl, .html, .htm, .warc or .warc.gz", for messages. */
  public String extensions() {
    List<String> all = readers.stream().flatMap(r -> r.format().extensions().stream())
        .map(e -> "." + e).toList();
    if (all.size() == 1) {
      return all.get(0);
    }
    return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", "))
        + " or " + all.get(all.size() - 1);
  }
}
