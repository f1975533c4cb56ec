package org.newskg.ingest;

/** Progress of an ingest, for a progress bar. Called from the writer thread. */
public interface IngestListener {
  /** Reading found {@code total} articles to consider. */
  default void started(long total) {}

  /** One more article is done (written, skipped or failed); {@code tokens} analyzed so far. */
  default void progress(long done, long total, long tokens) {}

  /** An input failed; the ingest goes on. */
  default void problem(IngestProblem problem) {}

  IngestListener NONE = new IngestListener() {};
}
