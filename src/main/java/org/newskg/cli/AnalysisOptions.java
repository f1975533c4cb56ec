package org.newskg.cli;

import org.newskg.extract.CoreNlpModels;
import picocli.CommandLine.Option;

/** How articles are analyzed: the options of every command that runs CoreNLP over articles. */
final class AnalysisOptions {
  @Option(names = "--coref", description = "Also run CoreNLP's coreference: links descriptions "
      + "such as \"the Mexican president\" to their person, at about a quarter more "
      + "annotation time; pronouns are resolved either way.")
  private boolean coref;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Your own actors for events' CAMEO actor codes, in the Phoenix actor "
          + "dictionary format (README), taking precedence over the shipped dictionaries.")
  private java.nio.file.Path actors;

  /** The actor codes these options ask for: the shipped dictionaries, the user's file first. */
  org.newskg.resolve.ActorCodes actorCodes() {
    org.newskg.resolve.ActorCodes codes = org.newskg.resolve.ActorCodes.load();
    if (actors == null) {
      return codes;
    }
    if (!java.nio.file.Files.isRegularFile(actors)) {
      throw new IllegalArgumentException("--actors " + actors + ": no such file");
    }
    try {
      return codes.withActors(actors);
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("--actors " + actors + ": " + e.getMessage(), e);
    }
  }

  /** Loads the CoreNLP models these options ask for (about 30 s). */
  CoreNlpModels loadModels() {
    return new CoreNlpModels(coref);
  }

  /** The CoreNLP settings these options ask for. */
  java.util.Properties properties() {
    return CoreNlpModels.newsProperties(coref);
  }
}
