package org.newskg.ingest;

/** Progress of an ingest, for a progress bar. Called from the writer thread. */
public interface IngestListener {
  /** Reading found {@code total} articles to consider. */
  default void started(long total) {}

  /** Reading found {@code total} articles, {@code characters} of text, to consider. */
  default void started(long total, long characters) {
    started(total);
  }

  /** One more article is done (written, skipped or failed); {@code tokens} analyzed so far. */
  default void progress(long done, long total, long tokens) {}

  /**
   * One more article is done; {@code characters} of the {@code totalCharacters} read are done.
   * Analysis time follows the length of the text, not the count of articles, so this is what
   * an estimate of the time left should go by.
   */
  default void progress(long done, long total, long tokens, long characters,
                        long totalCharacters) {
    progress(done, total, tokens);
  }

  /** An input failed; the ingest goes on. */
  default void problem(IngestProblem problem) {}

  IngestListener NONE = new IngestListener() {};
}
