package org.newskg.ingest;

import org.newskg.attribute.Attributor;
import org.newskg.attribute.ReportingClauseAttributor;
import org.newskg.event.EventExtractor;
import org.newskg.event.LexiconEventExtractor;
import org.newskg.extract.CoreNlpModels;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.rdf.IriScheme;
import org.newskg.resolve.CountryTable;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.MentionClusterResolver;
import org.newskg.resolve.Names;

/**
 * Loads the models and data once and hands each worker thread its own {@link ArticleProcessor}.
 * The stateless stages are shared; the CoreNLP extractor is per thread.
 */
public final class ProcessorFactory {
  private final CoreNlpModels models;
  private final EntityResolver resolver;
  private final Attributor attributor;
  private final EventExtractor events;
  private final ArticleGraphMapper mapper;
  private final IriScheme iris;

  public ProcessorFactory(CoreNlpModels models, IriScheme iris) {
    this.models = models;
    this.iris = iris;
    this.resolver = new MentionClusterResolver(Names.load(), CountryTable.load());
    this.attributor = ReportingClauseAttributor.load();
    this.events = LexiconEventExtractor.load(CountryTable.load());
    this.mapper = new ArticleGraphMapper(iris);
  }

  /** Loads CoreNLP with newskg's settings (about 30 s) and the default IRI scheme. */
  public static ProcessorFactory loadDefault() {
    return new ProcessorFactory(new CoreNlpModels(), IriScheme.defaultScheme());
  }

  public ArticleProcessor newProcessor(StageTimes times) {
    return new ArticleProcessor(models.newExtractor(), resolver, attributor, events, mapper, times);
  }

  public IriScheme iris() {
    return iris;
  }

  public CoreNlpModels models() {
    return models;
  }
}
