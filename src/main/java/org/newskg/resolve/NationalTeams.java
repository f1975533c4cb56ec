package org.newskg.resolve;

import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "England coach Andy Robinson … England have named … England confirmed that …": in a sports
 * report a country's name is its team, an organization that speaks and acts, not the country.
 * A country name is a team's in an article when one of its mentions modifies a noun of team
 * sport ("England coach", "Wales's fly-half", "the Ireland squad"), or, in an article with such
 * nouns at all, heads the subject of a verb in the plural ("England have named", "Wales were
 * beaten": British usage for a side, never for a state).
 */
final class NationalTeams {
  /** Nouns only team sport uses: an article with one of them reports sport. */
  static final Set<String> SPORT_NOUNS = ImmutableSet.of("coach", "squad", "line-up",
      "lineup", "striker", "midfielder", "goalkeeper", "winger", "fly-half", "scrum-half",
      "flanker", "skipper", "batsman", "bowler", "rugby", "football", "cricket", "match",
      "team-mate", "teammate", "wicket", "fixture", "tournament");
  /** Nouns a team's name modifies ("England captain", "the Wales side"). */
  static final Set<String> TEAM_NOUNS = ImmutableSet.<String>builder().addAll(SPORT_NOUNS)
      .add("team", "side", "captain", "manager", "boss", "player", "fan", "supporter", "debut",
          "cap", "prop", "hooker", "defender", "keeper", "centre", "forward", "selector",
          "international").build();

  private NationalTeams() {}

  /** The country names (as the article writes them) that stand for teams in this article. */
  static Set<String> names(AnnotatedArticle article, CountryTable countries) {
    Set<String> out = new HashSet<>();
    boolean sport = false;
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
            && SPORT_NOUNS.contains(lower(t.lemma()))) {
          sport = true;
          break;
        }
      }
      if (sport) {
        break;
      }
    }
    if (!sport) {
      return out;
    }
    for (EntityMention m : article.entities()) {
      String name = m.span().text().strip();
      if (out.contains(name) || countries.lookup(name).isEmpty()) {
        continue;
      }
      Sentence s = article.sentenceAt(m.span().begin());
      int last = s == null ? -1 : s.tokenAt(m.span().end() - 1);
      if (last < 0) {
        continue;
      }
      Token t = s.tokens().get(last);
      if (t.head() < 0) {
        continue;
      }
      Token head = s.tokens().get(t.head());
      boolean modifiesTeamNoun = (t.deprel().startsWith("compound")
          || t.deprel().equals("nmod:poss")) && head.pos().startsWith("NN")
          && TEAM_NOUNS.contains(lower(head.lemma()));
      boolean pluralSubject = t.deprel().startsWith("nsubj") && pluralVerb(s, head);
      if (modifiesTeamNoun || pluralSubject) {
        out.add(name);
      }
    }
    return out;
  }

  /** "have", "are", "were" agree with a plural subject; a past tense alone says nothing. */
  private static boolean pluralVerb(Sentence s, Token verb) {
    if (!verb.pos().startsWith("VB") && s.dependents(verb.index()).stream()
        .noneMatch(d -> d.deprel().equals("cop"))) {
      return false;
    }
    if (verb.pos().equals("VBP") || lower(verb.word()).equals("were")) {
      return true;
    }
    return s.dependents(verb.index()).stream().anyMatch(d -> (d.deprel().startsWith("aux")
        || d.deprel().equals("cop")) && d.index() < verb.index()
        && (d.pos().equals("VBP") || lower(d.word()).equals("were"))
        && !isModalChain(s, d));
  }

  /** An auxiliary after a modal ("will have") agrees with nothing. */
  private static boolean isModalChain(Sentence s, Token aux) {
    return aux.index() > 0 && s.tokens().get(aux.index() - 1).pos().equals("MD");
  }

  private static String lower(String w) {
    return w == null ? "" : w.toLowerCase(java.util.Locale.ROOT);
  }
}
