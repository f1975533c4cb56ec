package org.newskg.ingest;

import java.util.List;
import org.newskg.source.ArticleSources;

/**
 * What one ingest did.
 *
 * @param articles   distinct articles read from the input (a text read again counts once)
 * @param ingested   articles analyzed and written
 * @param unchanged  articles skipped because the store already holds the same content
 * @param duplicates articles whose text another article of the same input already had: not
 *                   analyzed again; their headlines are kept as the first one's other headlines
 * @param characters characters of text read (every article, repeated ones included)
 * @param problems   inputs that failed, each with its origin and reason
 * @param warnings   what went through but deserves a look (a text read twice, files skipped)
 * @param input      what reading the input saw: files, and what was skipped (files of other
 *                   types, WARC records that are not pages, pages not in English)
 */
public record IngestReport(long articles, long ingested, long unchanged, long duplicates,
                           long statements, long actors, long tokens, long triplesWritten,
                           long characters, double seconds, List<IngestProblem> problems,
                           List<String> warnings, ArticleSources.Summary input) {
  public IngestReport {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public boolean failed() {
    return !problems.isEmpty();
  }

  /** Articles per second over the whole run, reading and writing included. */
  public double articlesPerSecond() {
    return seconds > 0 ? (ingested + unchanged) / seconds : 0;
  }
}
