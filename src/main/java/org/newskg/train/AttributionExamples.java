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
import java.util.function.IntConsumer;
import org.newskg.attribute.SieveAttributor;
import org.newskg.eval.GoldQuotes;
import org.newskg.eval.QuoteScorer;
import org.newskg.extract.Quote;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleSink;
import org.newskg.source.JsonlArticleReader;

/**
 * Training examples for the speaker ranker from annotated articles: every quote newskg finds,
 * with the sieves' pooled candidates, each labelled by whether it is the gold speaker. Where
 * the folder has PolNeAR's {@code attributions.jsonl}, the gold is the attribution whose
 * content holds the quote: a candidate is its speaker when its mention is the attribution's
 * source span ("he", "the campaign", "Mr. Cruz") or it names the source; a quote inside no
 * attribution has no speaker. Otherwise the gold is {@code quotes.jsonl}, matched as
 * {@code score.py} matches statements: the candidates that name the gold speaker (or one of
 * its alternatives); gold terms and titles give quotes whose candidates are all wrong.
 */
public final class AttributionExamples {
  /** A candidate: whom it names, its features, and whether it is the gold speaker. */
  public record Candidate(String name, List<String> features, boolean speaker) {}

  /**
   * One quote.
   *
   * @param attributable the gold calls it someone's words (speech or partial)
   */
  public record QuoteExample(String article, String publisher, String quote,
                             String goldSpeaker, boolean attributable,
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
    Map<String, List<GoldAttribution>> attributions = new HashMap<>();
    for (Path dir : dirs) {
      Path articlesFile = dir.resolve("articles.jsonl");
      Path quotesFile = dir.resolve("quotes.jsonl");
      if (!Files.isRegularFile(articlesFile) || !Files.isRegularFile(quotesFile)) {
        throw new IllegalArgumentException(dir + " has no articles.jsonl and quotes.jsonl");
      }
      articles.addAll(articles(dir));
      for (QuoteScorer.Gold g : GoldQuotes.load(quotesFile)) {
        gold.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
      }
      Path attributionsFile = dir.resolve("attributions.jsonl");
      if (Files.isRegularFile(attributionsFile)) {
        for (GoldAttribution g : GoldAttribution.load(attributionsFile)) {
          attributions.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
        }
      }
    }
    SieveAttributor sieves = SieveAttributor.withoutRanker();
    List<List<QuoteExample>> perArticle = ParallelAnalysis.of(articles, factory, threads,
        progress, (a, annotated, entities) -> {
          List<QuoteExample> out = new ArrayList<>();
          List<QuoteScorer.Gold> articleGold = gold.getOrDefault(a.id(), List.of());
          Set<Integer> used = new HashSet<>();
          List<GoldAttribution> spans = attributions.get(a.id());
          sieves.attribute(annotated, entities, p -> (spans != null
              ? byAttribution(a, p, spans) : example(a, p, articleGold, used))
              .ifPresent(out::add));
          return out;
        });
    List<QuoteExample> all = new ArrayList<>();
    perArticle.forEach(all::addAll);
    return all;
  }

  /** The articles of {@code dir}'s articles.jsonl; a line that cannot be read stops it. */
  static List<Article> articles(Path dir) throws IOException {
    Path articlesFile = dir.resolve("articles.jsonl");
    List<Article> articles = new ArrayList<>();
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
    return articles;
  }

  /** The quote's example from the attribution whose content holds most of it. */
  private static java.util.Optional<QuoteExample> byAttribution(Article a,
                                                                SieveAttributor.Pool p,
                                                                List<GoldAttribution> gold) {
    Quote q = p.context().quote();
    GoldAttribution best = null;
    int bestOverlap = 0;
    for (GoldAttribution g : gold) {
      int o = g.contentOverlap(q.inner().begin(), q.inner().end());
      if (o > bestOverlap) {
        bestOverlap = o;
        best = g;
      }
    }
    boolean attributable = best != null && bestOverlap * 2 >= q.inner().end() - q.inner().begin();
    List<Candidate> candidates = new ArrayList<>();
    for (SieveAttributor.Pooled c : p.candidates()) {
      String name = c.first().speaker() != null ? c.first().speaker().label()
          : c.first().description();
      boolean speaker = false;
      if (attributable) {
        GoldAttribution g = best;
        speaker = c.all().stream().anyMatch(x -> x.mention() != null
            && g.sourceOverlaps(x.mention().begin(), x.mention().end()))
            || g.sourceName() != null && (sameSpeaker(name, g.sourceName())
            || g.sourceAlternatives().stream().anyMatch(alt -> sameSpeaker(name, alt)));
      }
      candidates.add(new Candidate(name, c.features(), speaker));
    }
    return java.util.Optional.of(new QuoteExample(a.id(), a.publisher(), q.inner().text(),
        best == null ? null : String.valueOf(best.sourceName()), attributable, candidates));
  }

  /** Titles the gold keeps with a surname ("Justice Scalia", "Professor Alba"). */
  private static final Set<String> TITLES = Set.of("justice", "professor", "prof", "senator",
      "sen", "rep", "representative", "gov", "governor", "mr", "mrs", "ms", "dr", "king",
      "president", "secretary", "general", "judge", "mayor", "chairman", "speaker");

  /**
   * The scorer's lenient match, and a surname the gold writes with a title the scorer does not
   * drop ("Justice Scalia" for Antonin Scalia): the label is about who spoke, not about how
   * the gold spells them.
   */
  static boolean sameSpeaker(String name, String gold) {
    if (QuoteScorer.sameAgent(name, gold)) {
      return true;
    }
    List<String> a = words(name);
    List<String> b = words(gold);
    return !a.isEmpty() && !b.isEmpty() && a.get(a.size() - 1).equals(b.get(b.size() - 1))
        && (a.size() == 1 || b.size() == 1);
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : QuoteScorer.normText(name == null ? "" : name).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !TITLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
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
          && (sameSpeaker(name, g.speaker())
          || g.speakerAlternatives().stream().anyMatch(alt -> sameSpeaker(name, alt)));
      candidates.add(new Candidate(name, c.features(), speaker));
    }
    return java.util.Optional.of(new QuoteExample(a.id(), a.publisher(), q.inner().text(),
        g.speaker(), attributable, candidates));
  }
}
