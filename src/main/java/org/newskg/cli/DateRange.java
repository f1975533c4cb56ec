package org.newskg.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --since}, {@code --until} and {@code --undated} of the commands that list by date. */
final class DateRange {
  @Option(names = "--since", paramLabel = "DATE",
      description = "Only what is dated on or after DATE (undated rows only with --undated).")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE",
      description = "Only what is dated on or before DATE (undated rows only with --undated).")
  LocalDate until;

  @Option(names = "--undated",
      description = "With --since or --until, list what has no date too.")
  boolean undated;
}
