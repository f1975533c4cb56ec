package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newskg.extract.Span;

/** The actors of one article and the roles the text gives them, with look-ups from spans. */
public record ArticleEntities(List<Actor> actors, List<Role> roles) {
  public ArticleEntities {
    actors = List.copyOf(actors);
    roles = List.copyOf(roles);
  }

  /** The actors, before their roles are known. */
  public ArticleEntities(List<Actor> actors) {
    this(actors, List.of());
  }

  public ArticleEntities withRoles(List<Role> found) {
    return new ArticleEntities(actors, found);
  }

  /** These entities with {@code mention} added to {@code actor}'s mentions. */
  public ArticleEntities withMention(Actor actor, Span mention) {
    List<Actor> updated = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      if (a != actor) {
        updated.add(a);
        continue;
      }
      List<Span> mentions = new ArrayList<>(a.mentions());
      mentions.add(mention);
      mentions.sort(Comparator.comparingInt(Span::begin));
      updated.add(new Actor(a.key(), a.type(), a.label(), a.altLabels(), a.names(), mentions,
          a.country(), a.gender()));
    }
    return new ArticleEntities(updated, roles);
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

  /**
   * The first actor of {@code type} with a name written exactly {@code text}: a word the tagger
   * left untagged in one place is the actor it tagged elsewhere.
   */
  public Optional<Actor> namedAs(ActorType type, String text) {
    return actors.stream().filter(a -> a.type() == type
        && a.names().stream().anyMatch(n -> n.text().equals(text))).findFirst();
  }

  /**
   * The actor of {@code type} the article names most often, when no other of that type is named
   * as often; else none.
   */
  public Optional<Actor> mostNamed(ActorType type) {
    Actor best = null;
    int most = 0;
    boolean tie = false;
    for (Actor a : actors) {
      if (a.type() != type) {
        continue;
      }
      int n = a.names().size();
      if (n > most) {
        best = a;
        most = n;
        tie = false;
      } else if (n == most) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }
}
