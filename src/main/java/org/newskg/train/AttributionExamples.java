package org.newskg.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.newskg.attribute.SieveAttributor;
import org.newskg.eval.GoldQuotes;
import org.newskg.eval.QuoteScorer;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.extract.Quote;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.resolve.ArticleEntities;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleSink;
import org.newskg.source.JsonlArticleReader;

/**
 * Training examples for the speaker ranker from annotated articles: every quote newskg finds
 * that a gold quote matches (as {@code score.py} matches them), with the sieves' pooled
 * candidates, each labelled by whether it names the gold speaker (or one of its
 * alternatives). Gold terms and titles give quotes whose candidates are all wrong.
 */
public final class AttributionExamples {
  /** A candidate's features and whether it is the gold speaker. */
  public record Candidate(List<String> features, boolean speaker) {}

  /**
   * One quote.
   *
   * @param attributable the gold calls it someone's words (speech or partial)
   */
  public record QuoteExample(String article, String publisher, boolean attributable,
                             List<Candidate> candidates) {}

  private AttributionExamples() {}

  /**
   * Reads {@code DIR/articles.jsonl} and {@code DIR/quotes.jsonl} of each folder and analyses
   * the articles with {@code threads} workers.
   */
  public static List<QuoteExample> collect(List<Path> dirs, ProcessorFactory factory,
                                           int threads, IntConsumer progress)
      throws IOException, InterruptedException {
    List<Article> articles = new ArrayList<>();
    Map<String, List<QuoteScorer.Gold>> gold = new HashMap<>();
    for (Path dir : dirs) {
      Path articlesFile = dir.resolve("articles.jsonl");
      Path quotesFile = dir.resolve("quotes.jsonl");
      if (!Files.isRegularFile(articlesFile) || !Files.isRegularFile(quotesFile)) {
        throw new IllegalArgumentException(dir + " has no articles.jsonl and quotes.jsonl");
      }
      List<String> problems = new ArrayList<>();
      new JsonlArticleReader().read(articlesFile, new ArticleDefaults(null, null),
          new ArticleSink() {
            @Override
            public void article(Article a) {
              articles.add(a);
            }

            @Override
            public void problem(String origin, String reason) {
              problems.add(origin + ": " + reason);
            }
          });
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("cannot read " + articlesFile + ": " + problems);
      }
      for (QuoteScorer.Gold g : GoldQuotes.load(quotesFile)) {
        gold.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
      }
    }
    SieveAttributor sieves = SieveAttributor.withoutRanker();
    List<List<QuoteExample>> perArticle = new ArrayList<>();
    articles.forEach(a -> perArticle.add(null));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        workers.add(pool.submit(() -> {
          Extractor extractor = factory.newExtractor();
          for (int i = next.getAndIncrement(); i < articles.size();
               i = next.getAndIncrement()) {
            Article a = articles.get(i);
            AnnotatedArticle annotated = extractor.extract(a);
            ArticleEntities entities = factory.resolver().resolve(annotated);
            List<QuoteExample> out = new ArrayList<>();
            List<QuoteScorer.Gold> articleGold = gold.getOrDefault(a.id(), List.of());
            Set<Integer> used = new HashSet<>();
            sieves.attribute(annotated, entities, p ->
                example(a, p, articleGold, used).ifPresent(out::add));
            perArticle.set(i, out);
            progress.accept(done.incrementAndGet());
          }
          return null;
        }));
      }
      for (Future<?> f : workers) {
        f.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<QuoteExample> all = new ArrayList<>();
    perArticle.forEach(all::addAll);
    return all;
  }

  private static java.util.Optional<QuoteExample> example(Article a, SieveAttributor.Pool p,
                                                          List<QuoteScorer.Gold> gold,
                                                          Set<Integer> used) {
    Quote q = p.context().quote();
    String sn = QuoteScorer.normText(q.inner().text());
    double best = 0;
    int bestIndex = -1;
    for (int i = 0; i < gold.size(); i++) {
      double o = QuoteScorer.matchScore(sn, QuoteScorer.normText(gold.get(i).quote()));
      if (o > best || o == best && bestIndex >= 0 && used.contains(bestIndex)
          && !used.contains(i)) {
        best = o;
        bestIndex = i;
      }
    }
    if (best < 0.5) {
      return java.util.Optional.empty();
    }
    used.add(bestIndex);
    QuoteScorer.Gold g = gold.get(bestIndex);
    boolean attributable = g.kind().equals("speech") || g.kind().equals("partial");
    List<Candidate> candidates = new ArrayList<>();
    for (SieveAttributor.Pooled c : p.candidates()) {
      String name = c.first().speaker() != null ? c.first().speaker().label()
          : c.first().description();
      boolean speaker = attributable && g.speaker() != null
          && (QuoteScorer.sameAgent(name, g.speaker())
          || g.speakerAlternatives().stream().anyMatch(alt -> QuoteScorer.sameAgent(name, alt)));
      candidates.add(new Candidate(c.features(), speaker));
    }
    return java.util.Optional.of(new QuoteExample(a.id(), a.publisher(), attributable,
        candidates));
  }
}
