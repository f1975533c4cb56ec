package org.newskg.train;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.newskg.attribute.OfficeHolders;
import org.newskg.attribute.OfficeTitles;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.source.Article;
import org.newskg.source.ArticleDefaults;
import org.newskg.source.ArticleSink;
import org.newskg.source.ArticleSources;

/**
 * The office holders' table ({@link OfficeHolders}) learned from articles: every person an
 * article titles with an office ("Chancellor Gordon Brown"), counted once an article, kept when
 * at least {@code minArticles} articles title them so, with the first and last of those
 * articles' dates.
 */
public final class OfficeHolderTable {
  private OfficeHolderTable() {}

  /** What one article titles whom with, and its date. */
  private record Titles(LocalDate published, Map<String, Set<String>> byPerson) {}

  /**
   * Reads the articles at {@code paths} (any format newskg reads), analyses them with
   * {@code threads} workers, and counts their titles.
   *
   * @param problems where what could not be read is told, with its origin
   */
  public static OfficeHolders learn(List<Path> paths, ProcessorFactory factory, int threads,
                                    int minArticles, IntConsumer progress, ArticleSink problems)
      throws InterruptedException {
    List<Article> articles = new ArrayList<>();
    new ArticleSources().read(paths, ArticleDefaults.NONE, new ArticleSink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void problem(String origin, String reason) {
        problems.problem(origin, reason);
      }
    });
    List<Titles> perArticle = ParallelAnalysis.of(articles, factory, threads, progress,
        (a, annotated, entities) -> {
          Map<String, Set<String>> byPerson = new TreeMap<>();
          OfficeTitles.of(annotated, entities).forEach((actor, titles) ->
              byPerson.put(actor.label(), titles));
          return new Titles(a.publishedDay(), byPerson);
        });
    return count(perArticle, minArticles);
  }

  private static OfficeHolders count(List<Titles> perArticle, int minArticles) {
    Map<String, Map<String, OfficeHolders.Holder>> seen = new TreeMap<>();
    for (Titles t : perArticle) {
      t.byPerson().forEach((person, offices) -> {
        for (String office : offices) {
          OfficeHolders.Holder once = new OfficeHolders.Holder(person, 1, t.published(),
              t.published());
          seen.computeIfAbsent(office, k -> new TreeMap<>())
              .merge(person, once, OfficeHolderTable::together);
        }
      });
    }
    Map<String, List<OfficeHolders.Holder>> byOffice = new HashMap<>();
    seen.forEach((office, holders) -> holders.values().stream()
        .filter(h -> h.articles() >= minArticles)
        .sorted(Comparator.comparingInt(OfficeHolders.Holder::articles).reversed()
            .thenComparing(OfficeHolders.Holder::name))
        .forEach(h -> byOffice.computeIfAbsent(office, k -> new ArrayList<>()).add(h)));
    return new OfficeHolders(byOffice);
  }

  /** Both counts, the earlier first date and the later last one. */
  private static OfficeHolders.Holder together(OfficeHolders.Holder a, OfficeHolders.Holder b) {
    return new OfficeHolders.Holder(a.name(), a.articles() + b.articles(),
        a.first() == null || b.first() != null && b.first().isBefore(a.first())
            ? b.first() : a.first(),
        a.last() == null || b.last() != null && b.last().isAfter(a.last()) ? b.last() : a.last());
  }
}
