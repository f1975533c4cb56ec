package org.newskg.attribute;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "Republicans said …": in American news the plural names the party's politicians, a group
 * that speaks without the party (PolNeAR names such sources "Republicans", not the party), so
 * a statement whose speaker's words are that plural keeps them as its speaker's description.
 * Resolution still links the word to the party (the ranker's candidates and everything else
 * about the party stay as they were); "the Republican Party said" and "the GOP said" stay the
 * party's. British plurals ("the Tories said") name the party itself and are not listed.
 */
final class PartyMembers {
  /** The plural of a party's members, in lower case, and the party it links to. */
  private static final Map<String, String> MEMBERS = Map.of("democrats", "Democratic Party",
      "republicans", "Republican Party");

  private PartyMembers() {}

  /** {@code s} with the party's members as its speaker, when its speaker's words name them. */
  static Statement asMembers(Statement s) {
    if (s.speaker() == null || s.speakerMention() == null) {
      return s;
    }
    String words = s.speakerMention().text().strip();
    int space = words.lastIndexOf(' ');
    String last = words.substring(space + 1).toLowerCase(Locale.ROOT);
    if (!s.speaker().label().equals(MEMBERS.get(last))) {
      return s;
    }
    String description = words.toLowerCase(Locale.ROOT).startsWith("the ")
        ? words.substring(4) : words;
    return new Statement(s.index(), s.quote(), s.kind(), null, s.speakerMention(), description,
        s.confidence(), s.cue(), s.rule(), s.date(), s.about(), s.partOf());
  }

  /** A party's member, in the singular, in lower case. */
  private static final Set<String> MEMBER = Set.of("republican", "democrat");

  /**
   * "The Arizona Republican says", "the Vermont Democrat told …": one member of a party, with
   * an article, is a politician, not the party the word links to.
   */
  static boolean oneMember(Sentence sentence, Token subject) {
    return MEMBER.contains(Clauses.lower(subject.word())) && sentence.dependents(subject.index())
        .stream().anyMatch(d -> d.deprel().equals("det") && d.index() < subject.index()
            && ARTICLES.contains(Clauses.lower(d.word())));
  }

  private static final Set<String> ARTICLES = Set.of("the", "a");
}
