package org.newskg.cli;

import org.newskg.extract.CoreNlpModels;
import picocli.CommandLine.Option;

/** How articles are analyzed: the options of every command that runs CoreNLP over articles. */
final class AnalysisOptions {
  @Option(names = "--coref", description = "Also run CoreNLP's coreference: links descriptions "
      + "such as \"the Mexican president\" to their person, at about a quarter more "
      + "annotation time; pronouns are resolved either way.")
  private boolean coref;

  /** Loads the CoreNLP models these options ask for (about 30 s). */
  CoreNlpModels loadModels() {
    return new CoreNlpModels(coref);
  }

  /** The CoreNLP settings these options ask for. */
  java.util.Properties properties() {
    return CoreNlpModels.newsProperties(coref);
  }
}
