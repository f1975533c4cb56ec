package org.newskg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestProblem;

/**
 * Ingest progress on standard error: a redrawn bar on a terminal, a line every few seconds
 * otherwise (logs, CI), with throughput and the time left.
 */
final class ProgressBar implements IngestListener {
  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastPrint;

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void started(long total) {
    err.printf("newskg: %,d articles to read%n", total);
  }

  @Override
  public void progress(long done, long total, long tokens) {
    progress(done, total, tokens, done, total);
  }

  /** The time left goes by characters: a long article takes longer than a short one. */
  @Override
  public void progress(long done, long total, long tokens, long characters,
                       long totalCharacters) {
    long now = System.nanoTime();
    boolean last = done >= total;
    if (!last && now - lastPrint < (terminal ? 200_000_000L : 5_000_000_000L)) {
      return;
    }
    lastPrint = now;
    double seconds = (now - start) / 1e9;
    double fraction = total == 0 ? 1 : (double) done / total;
    int width = 30;
    int filled = (int) Math.round(fraction * width);
    String eta = characters == 0 || last ? "" : " ETA " + format(Duration.ofSeconds(
        Math.round(seconds / characters * Math.max(0, totalCharacters - characters))));
    String line = String.format("[%s%s] %,d/%,d articles %3.0f%%  %,.0f tokens/s%s",
        "#".repeat(filled), ".".repeat(width - filled), done, total, fraction * 100,
        seconds > 0 ? tokens / seconds : 0, eta);
    if (terminal) {
      err.print("\r" + line + "   " + (last ? "\n" : ""));
    } else {
      err.println(line);
    }
    err.flush();
  }

  @Override
  public void problem(IngestProblem problem) {
    if (terminal) {
      err.print("\r");
    }
    err.println("newskg: skipped " + problem.origin() + ": " + problem.reason());
  }

  private static String format(Duration d) {
    return d.toHours() > 0 ? String.format("%dh%02dm", d.toHours(), d.toMinutesPart())
        : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
  }
}
