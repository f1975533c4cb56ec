package org.newskg.source;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader reports, for assertions. */
final class RecordingSink implements ArticleSink {
  record Problem(String origin, String reason) {
  }

  final List<Article> articles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();
  /** "origin REASON" for each skipped item. */
  final List<String> skipped = new ArrayList<>();

  @Override
  public void article(Article a) {
    articles.add(a);
  }

  @Override
  public void problem(String origin, String reason) {
    problems.add(new Problem(origin, reason));
  }

  @Override
  public void skipped(String origin, SkipReason reason) {
    skipped.add(origin + " " + reason);
  }

  List<String> headlines() {
    return articles.stream().map(Article::headline).toList();
  }

  List<String> origins() {
    return articles.stream().map(Article::origin).toList();
  }

  /** A fixture under src/test/resources/source. */
  static Path fixture(String name) {
    URL url = RecordingSink.class.getResource("/source/" + name);
    if (url == null) {
      throw new IllegalStateException("missing fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
