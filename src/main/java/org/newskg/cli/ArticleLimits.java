package org.newskg.cli;

import java.time.Duration;
import org.newskg.ingest.AnalysisBudget;
import org.newskg.source.ArticleSources;
import picocli.CommandLine.Option;

/** The limits on one article, the same for 'ingest' and for the server's live ingestion. */
final class ArticleLimits {
  @Option(names = "--max-article-chars", paramLabel = "N",
      defaultValue = "" + ArticleSources.DEFAULT_MAX_ARTICLE_CHARS,
      description = "Longer articles are reported as failed, not analyzed (default: "
          + "${DEFAULT-VALUE}, about 16,000 words).")
  int maxArticleChars;

  @Option(names = "--article-timeout", paramLabel = "SECONDS",
      defaultValue = "" + AnalysisBudget.DEFAULT_SECONDS,
      description = "An article whose analysis takes longer is abandoned and reported as "
          + "failed; the rest goes on (default: ${DEFAULT-VALUE}; 0: no limit).")
  long articleTimeout;

  /** Null when both limits make sense, else what is wrong with them. */
  String problem() {
    return articleTimeout < 0 || maxArticleChars < 1
        ? "--article-timeout must be 0 or more and --max-article-chars at least 1" : null;
  }

  Duration timeout() {
    return Duration.ofSeconds(articleTimeout);
  }
}
