package org.newskg.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.newskg.ingest.IngestListener;
import org.newskg.ingest.IngestReport;
import picocli.CommandLine.Option;

/**
 * How the commands that write articles into the store (ingest, load) write: what they skip,
 * how much one transaction holds, when the store is compacted, whether progress shows; and how
 * they report what went wrong.
 */
final class StoreWriting {
  @Option(names = "--force", description = "Store again articles the store already holds "
      + "with the same text.")
  boolean force;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "50",
      description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--compact-after", paramLabel = "N", defaultValue = "200",
      description = "Compact the store (drop the space old transactions leave) after a run "
          + "that wrote at least N articles (default: ${DEFAULT-VALUE}).")
  int compactAfter;

  @Option(names = "--no-progress", description = "Do not print progress.")
  boolean noProgress;

  /** The progress bar on {@code err}, unless {@code --no-progress}. */
  IngestListener progress(PrintWriter err) {
    return noProgress ? IngestListener.NONE : new ProgressBar(err, System.console() != null);
  }

  /**
   * "5 of 6 articles (1 unchanged, 0 failed): 12 statements, 30 entities, 900 triples": what
   * an ingest or a load wrote, for its summary line.
   */
  static String counts(IngestReport report) {
    return String.format("%,d of %,d articles (%,d unchanged, %,d failed%s): %,d statements, "
            + "%,d entities, %,d triples", report.ingested(), report.articles(),
        report.unchanged(), report.problems().size(),
        report.duplicates() == 0 ? "" : String.format(", %,d repeated texts stored once",
            report.duplicates()),
        report.statements(), report.actors(), report.triplesWritten());
  }

  /**
   * Prints the report's warnings and failed inputs on {@code err}, and "no articles in …" when
   * {@code nothing}; the exit code: a failure when anything failed or nothing was there.
   */
  static int problems(IngestReport report, PrintWriter err, boolean nothing,
                      Supplier<String> where) {
    report.warnings().forEach(w -> err.println("newskg: " + w));
    if (report.failed()) {
      err.printf("newskg: %d input(s) failed:%n", report.problems().size());
      report.problems().forEach(p -> err.println("  " + p));
    }
    if (nothing) {
      err.println("newskg: no articles in " + where.get());
    }
    err.flush();
    return nothing || report.failed() ? ExitCodes.FAILURE : ExitCodes.OK;
  }
}
