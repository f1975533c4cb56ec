package org.newskg.spark;

import java.time.Duration;
import org.newskg.extract.CoreNlpModels;
import org.newskg.ingest.AnalysisBudget;
import org.newskg.ingest.ArticleProcessor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.rdf.IriScheme;
import org.newskg.resolve.ActorCodes;

/**
 * The analysis of one executor JVM: CoreNLP's models and newskg's dictionaries, loaded once
 * per JVM on the first task that needs them, and one {@link ArticleProcessor} per executor
 * thread (a CoreNLP pipeline is not thread-safe; its models are shared).
 *
 * <p>The one instance is static because that is the only thing that outlives a Spark task in
 * an executor: loading the models takes about 30 s and 2 GB, and must not happen per task or
 * per partition.
 */
public final class ExecutorAnalysis {
  private static final String STAX = "javax.xml.stream.XMLInputFactory";
  private static ExecutorAnalysis instance;

  private final JobSettings settings;
  private final ProcessorFactory factory;
  private final StageTimes times = new StageTimes();
  private final ThreadLocal<ArticleProcessor> processors;
  private final AnalysisBudget budget;

  private ExecutorAnalysis(JobSettings settings) {
    this.settings = settings;
    CoreNlpModels models = new CoreNlpModels(settings.coref());
    this.factory = new ProcessorFactory(() -> models, null, new IriScheme(settings.base()),
        ActorCodes.load());
    this.processors = ThreadLocal.withInitial(() -> factory.newProcessor(times));
    this.budget = new AnalysisBudget(Duration.ofSeconds(settings.timeoutSeconds()));
  }

  /**
   * This JVM's analysis for {@code settings}; a job with other settings (another base IRI,
   * coreference on) in the same JVM loads its own.
   */
  public static synchronized ExecutorAnalysis get(JobSettings settings) {
    // Hadoop's client registers its shaded Woodstox as the StAX parser, which refuses the
    // property Jena's RDF/XML reader sets (logged as an error on every dictionary read): the
    // JDK's own parser, as without Spark
    if (System.getProperty(STAX) == null) {
      System.setProperty(STAX, "com.sun.xml.internal.stream.XMLInputFactoryImpl");
    }
    if (instance == null || !instance.settings.equals(settings)) {
      if (instance != null) {
        instance.budget.close();
      }
      instance = new ExecutorAnalysis(settings);
    }
    return instance;
  }

  /** This thread's processor, created on its first article. */
  public ArticleProcessor processor() {
    return processors.get();
  }

  public AnalysisBudget budget() {
    return budget;
  }

  public ProcessorFactory factory() {
    return factory;
  }

  public StageTimes times() {
    return times;
  }
}
