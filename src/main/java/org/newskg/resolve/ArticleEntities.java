package org.newskg.resolve;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.Span;

/** The actors of one article, with look-ups from text spans. */
public record ArticleEntities(List<Actor> actors) {
  public ArticleEntities {
    actors = List.copyOf(actors);
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
}
