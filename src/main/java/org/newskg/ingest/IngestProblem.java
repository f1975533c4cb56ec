package org.newskg.ingest;

/** One input that could not be ingested: where it came from and why. */
public record IngestProblem(String origin, String reason) {
  @Override
  public String toString() {
    return origin + ": " + reason;
  }
}
