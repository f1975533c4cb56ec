package org.newskg.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.extract.Span;

/** The actors of one article, with look-ups from text spans and coreference chains. */
public record ArticleEntities(List<Actor> actors, Map<Integer, Actor> byChain) {
  public ArticleEntities {
    actors = List.copyOf(actors);
    byChain = Map.copyOf(byChain);
  }

  /** The actor with a mention covering or overlapping {@code span}; the tightest one wins. */
  public Optional<Actor> actorAt(Span span) {
    Actor best = null;
    int bestLength = Integer.MAX_VALUE;
    for (Actor a : actors) {
      for (Span m : a.mentions()) {
        if (m.overlaps(span) && m.end() - m.begin() < bestLength) {
          best = a;
          bestLength = m.end() - m.begin();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The actor a coreference chain refers to, if one was established. */
  public Optional<Actor> actorOfChain(int chainId) {
    return Optional.ofNullable(byChain.get(chainId));
  }

  /** Actors with a mention inside {@code span}, in order of first mention there. */
  public List<Actor> actorsWithin(Span span) {
    return actors.stream()
        .filter(a -> a.mentions().stream().anyMatch(span::contains))
        .sorted(java.util.Comparator.comparingInt(a -> a.mentions().stream()
            .filter(span::contains).mapToInt(Span::begin).min().orElse(Integer.MAX_VALUE)))
        .toList();
  }
}
