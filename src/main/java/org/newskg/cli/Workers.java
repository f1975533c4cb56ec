package org.newskg.cli;

import picocli.CommandLine.Option;

/** {@code --threads} of the commands that analyse articles: one CoreNLP pipeline a thread. */
final class Workers {
  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads, one CoreNLP pipeline each (default: number of cores).")
  Integer threads;

  /** The threads asked for, else one a core. */
  int count() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
