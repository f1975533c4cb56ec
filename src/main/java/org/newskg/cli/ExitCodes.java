package org.newskg.cli;

/** Process exit codes, as the README documents them. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Everything worked. */
  public static final int OK = 0;
  /** Something failed: an input, a query, validation, the store. The message says what. */
  public static final int FAILURE = 1;
  /** The command line itself was wrong (picocli's convention). */
  public static final int USAGE = 2;
}
