package org.newskg.cli;

import java.io.PrintWriter;
import org.newskg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command: news articles to a knowledge graph of who said what about whom. */
@Command(name = "newskg", mixinStandardHelpOptions = true, version = "newskg 0.1.0",
    description = "Turns news articles into a knowledge graph of people, organizations, "
        + "countries, their statements and the events they report: who said what about whom, "
        + "who did what to whom, and when.",
    footer = {"", "spark-ingest PATH... --out DIR runs the ingest as an Apache Spark job "
        + "(./newskg spark-ingest --help; README, 'spark-ingest and load'); load puts its "
        + "output in the store."},
    subcommands = {IngestCommand.class, LoadCommand.class, SaidCommand.class, EventsCommand.class,
        EntitiesCommand.class, QueryCommand.class, ExportCommand.class, StatsCommand.class,
        ValidateCommand.class,
        EvalCommand.class, TrainCommand.class, BenchCommand.class, ServeCommand.class, BenchServerCommand.class,
        CommandLine.HelpCommand.class})
public final class NewskgCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    int exit;
    try {
      exit = cl.execute(args);
    } finally {
      // picocli's writers flush on println only: what a command print()s would be lost at exit
      cl.getOut().flush();
      cl.getErr().flush();
    }
    System.exit(exit);
  }

  /** The command line with newskg's error handling: a clear one-line message, exit code 1. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new NewskgCommand());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof StoreException || e instanceof IllegalArgumentException
          || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
        err.println("newskg: " + e.getMessage());
      } else if (e instanceof org.apache.jena.query.QueryCancelledException) {
        err.println("newskg: query stopped: it ran past its time limit");
      } else if (e instanceof org.apache.jena.atlas.web.HttpException
          || e instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP) {
        // a server a reading command asks (--server, or the one holding the store)
        err.println("newskg: the server did not answer: " + e.getMessage());
      } else if (e instanceof org.apache.jena.sparql.resultset.ResultSetException) {
        err.println("newskg: the answer could not be read: " + e.getMessage());
      } else if (e instanceof org.apache.jena.riot.RiotException) {
        err.println("newskg: " + e.getMessage());
      } else {
        err.println("newskg: unexpected error: " + e);
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.FAILURE;
    });
    return cl;
  }
}
