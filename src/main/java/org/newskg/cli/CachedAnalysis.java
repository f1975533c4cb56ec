package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.newskg.extract.AnnotationCache;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.rdf.IriScheme;
import picocli.CommandLine.Option;

/**
 * The analysis of commands that read the same articles again and again (eval, train, an ingest
 * repeated after an upgrade): CoreNLP's output kept per article in {@code --annotation-cache},
 * the models loaded only on a miss.
 */
final class CachedAnalysis {
  @Option(names = "--annotation-cache", paramLabel = "DIR",
      description = "Keep CoreNLP's analysis of each article in DIR and reuse it on later "
          + "runs (same text, same settings): a second run over the same articles does not "
          + "load CoreNLP.")
  Path annotationCache;

  /** A factory whose models load, with a message on {@code err}, only when first needed. */
  ProcessorFactory factory(AnalysisOptions analysis, PrintWriter err) {
    return factory(analysis, IriScheme.defaultScheme(), err);
  }

  /** The same, minting instance IRIs with {@code iris}. */
  ProcessorFactory factory(AnalysisOptions analysis, IriScheme iris, PrintWriter err) {
    AnnotationCache cache = annotationCache == null ? null
        : new AnnotationCache(annotationCache, analysis.properties());
    return new ProcessorFactory(() -> {
      err.println("newskg: loading CoreNLP models…");
      err.flush();
      return analysis.loadModels();
    }, cache, iris, analysis.actorCodes());
  }
}
