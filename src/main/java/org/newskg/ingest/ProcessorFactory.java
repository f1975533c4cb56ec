package org.newskg.ingest;

import org.newskg.attribute.Attributor;
import org.newskg.attribute.SieveAttributor;
import com.google.common.base.Suppliers;
import java.util.function.Supplier;
import org.newskg.data.PackageClasses;
import org.newskg.event.EventExtractor;
import org.newskg.event.LexiconEventExtractor;
import org.newskg.resolve.ActorCodes;
import org.newskg.extract.AnnotationCache;
import org.newskg.extract.CachingExtractor;
import org.newskg.extract.CoreNlpModels;
import org.newskg.extract.Extractor;
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
  private final Supplier<CoreNlpModels> models;
  private final AnnotationCache cache;
  private final EntityResolver resolver;
  private final Attributor attributor;
  private final EventExtractor events;
  private final ArticleGraphMapper mapper;
  private final IriScheme iris;
  private final double dataSeconds;
  private final double attributionSeconds;

  public ProcessorFactory(CoreNlpModels models, IriScheme iris) {
    this(() -> models, null, iris);
  }

  /**
   * @param models loaded on first use: with {@code cache} holding every article, never
   * @param cache  CoreNLP's analysis kept from earlier runs, or null
   */
  public ProcessorFactory(Supplier<CoreNlpModels> models, AnnotationCache cache, IriScheme iris) {
    this(models, cache, iris, ActorCodes.load());
  }

  /** @param actorCodes the CAMEO actor codes of event participants (the user's own first) */
  public ProcessorFactory(Supplier<CoreNlpModels> models, AnnotationCache cache, IriScheme iris,
                          ActorCodes actorCodes) {
    this.models = Suppliers.memoize(models::get);
    this.cache = cache;
    this.iris = iris;
    this.mapper = new ArticleGraphMapper(iris);
    // newskg's own data, timed apart from CoreNLP's models (and from Jena's start above)
    long start = System.nanoTime();
    CountryTable countries = CountryTable.load();
    this.resolver = new MentionClusterResolver(Names.load(), countries);
    this.attributor = SieveAttributor.load();
    // the rules' own word lists and patterns (static finals) now, not on the first article
    PackageClasses.initialize(MentionClusterResolver.class);
    PackageClasses.initialize(SieveAttributor.class);
    long attributionEnd = System.nanoTime();
    this.events = LexiconEventExtractor.load(countries).withActorCodes(actorCodes);
    PackageClasses.initialize(LexiconEventExtractor.class);
    PackageClasses.initialize(ArticleGraphMapper.class);
    this.attributionSeconds = (attributionEnd - start) / 1e9;
    this.dataSeconds = (System.nanoTime() - start) / 1e9;
  }

  /**
   * Seconds this factory took to read newskg's own data: word lists, tables, the ranker and
   * reported-speech models, the rules' static word lists and patterns (not CoreNLP's models,
   * nor the actor codes it was given).
   */
  public double dataSeconds() {
    return dataSeconds;
  }

  /**
   * The part of {@link #dataSeconds} that resolution and attribution read: the country table,
   * names, organization aliases, the ranker and reported-speech models, the rules' word lists.
   */
  public double attributionSeconds() {
    return attributionSeconds;
  }

  /** Loads CoreNLP with newskg's settings (about 30 s) and the default IRI scheme. */
  public static ProcessorFactory loadDefault() {
    return new ProcessorFactory(new CoreNlpModels(), IriScheme.defaultScheme());
  }

  public ArticleProcessor newProcessor(StageTimes times) {
    return new ArticleProcessor(newExtractor(), resolver, attributor, events, mapper, times);
  }

  /** An extractor for one worker thread (answering from the cache first, when there is one). */
  public Extractor newExtractor() {
    return cache == null ? models.get().newExtractor()
        : new CachingExtractor(cache, () -> models.get().newExtractor());
  }

  public EntityResolver resolver() {
    return resolver;
  }

  public IriScheme iris() {
    return iris;
  }

  public CoreNlpModels models() {
    return models.get();
  }
}
