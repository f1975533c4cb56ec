package org.newskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in this JVM, as a user would, and captures what it prints: through
 * picocli's writers, where every command prints (System.out and System.err are left alone).
 */
public final class CliRunner {
  private CliRunner() {}

  /** Output of one run of the command line. */
  public record Run(int exit, String out, String err) {}

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = NewskgCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
