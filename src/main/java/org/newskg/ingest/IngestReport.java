package org.newskg.ingest;

import java.util.List;
import org.newskg.source.ArticleSources;

/**
 * What one ingest did.
 *
 * @param articles  articles read from the input
 * @param ingested  articles analyzed and written
 * @param unchanged articles skipped because the store already holds the same content
 * @param problems  inputs that failed, each with its origin and reason
 * @param input     what reading the input saw: files, and what was skipped (files of other
 *                  types, WARC records that are not pages, pages not in English)
 */
public record IngestReport(long articles, long ingested, long unchanged, long statements,
                           long actors, long tokens, long triplesWritten, double seconds,
                           List<IngestProblem> problems, ArticleSources.Summary input) {
  public IngestReport {
    problems = List.copyOf(problems);
  }

  public boolean failed() {
    return !problems.isEmpty();
  }
}
