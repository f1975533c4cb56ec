package org.newskg.ingest;

import java.util.List;
import org.newskg.event.AttributedArticle;
import org.newskg.attribute.Attributor;
import org.newskg.attribute.Statement;
import org.newskg.event.Event;
import org.newskg.event.EventExtractor;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.ArticleGraphMapper;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.EntityResolver;
import org.newskg.source.Article;

/**
 * One worker's chain of stages: extract, resolve, attribute, find events, map. Not thread-safe
 * (it owns an extractor); the pipeline gives each worker thread its own.
 */
public final class ArticleProcessor {
  private final Extractor extractor;
  private final EntityResolver resolver;
  private final Attributor attributor;
  private final EventExtractor events;
  private final ArticleGraphMapper mapper;
  private final StageTimes times;

  public ArticleProcessor(Extractor extractor, EntityResolver resolver, Attributor attributor,
                          EventExtractor events, ArticleGraphMapper mapper, StageTimes times) {
    this.extractor = extractor;
    this.resolver = resolver;
    this.attributor = attributor;
    this.events = events;
    this.mapper = mapper;
    this.times = times;
  }

  /** Extraction, identities, attribution and events: everything but RDF. */
  public AttributedArticle analyze(Article article) {
    long t0 = System.nanoTime();
    AnnotatedArticle annotated = extractor.extract(article);
    long t1 = System.nanoTime();
    stopIfInterrupted();
    ArticleEntities entities = resolver.resolve(annotated);
    List<Statement> statements = attributor.attribute(annotated, entities);
    long t2 = System.nanoTime();
    stopIfInterrupted();
    List<Event> found = events.extract(annotated, entities, statements);
    long t3 = System.nanoTime();
    times.annotation.add(t1 - t0);
    times.attribution.add(t2 - t1);
    times.events.add(t3 - t2);
    AttributedArticle attributed = new AttributedArticle(annotated, entities, statements, found);
    return attributed;
  }

  /**
   * newskg's own stages do not poll for interrupts (each is milliseconds); between them an
   * article past its time budget ({@link AnalysisBudget}) stops. The flag stays set for the
   * budget to see.
   */
  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException("analysis interrupted");
    }
  }

  public ArticleGraph map(AttributedArticle attributed) {
    long t0 = System.nanoTime();
    ArticleGraph graph = mapper.map(attributed);
    times.mapping.add(System.nanoTime() - t0);
    return graph;
  }
}
