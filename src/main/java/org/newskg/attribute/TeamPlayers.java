package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.Token;

/**
 * "The England striker said he is not ready to return", "a Chelsea defender claimed": a
 * player speaks as a person, not as the team or country named in the description, so the
 * description stands unless the article names the player with it.
 */
final class TeamPlayers {
  /** Nouns for one player or one of a team's staff. */
  private static final Set<String> PLAYERS = Set.of("striker", "midfielder", "defender",
      "goalkeeper", "keeper", "winger", "forward", "captain", "skipper", "player", "coach",
      "fly-half", "scrum-half", "full-back", "centre", "prop", "flanker", "hooker",
      "batsman", "bowler", "all-rounder", "opener", "spinner", "driver", "rider",
      "international", "sprinter", "athlete");

  private TeamPlayers() {}

  static boolean player(Token subject) {
    return PLAYERS.contains(Clauses.lower(subject.lemma()));
  }
}
