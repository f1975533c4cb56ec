package org.newskg.resolve;

import java.util.List;
import java.util.SortedSet;
import org.newskg.extract.Span;

/**
 * One person, organization or country as established within one article.
 *
 * @param key        identity across articles: a name slug for people and organizations, the
 *                   ISO 3166 alpha-2 code for countries
 * @param label      canonical name (fullest form seen, titles stripped)
 * @param altLabels  other surface forms seen in the article
 * @param names      the mentions that name it ("Mr. Zelensky", "Ukraine")
 * @param mentions   every mention in the article: names, and the pronouns and descriptions
 *                   coreference linked to them
 * @param country    the country itself for a COUNTRY actor; for a person, the country the text
 *                   ties them to by nationality or office ("French President…"), else null
 * @param gender     for a person, what titles and pronouns say: MALE, FEMALE or UNKNOWN
 */
public record Actor(String key, ActorType type, String label, SortedSet<String> altLabels,
                    List<Span> names, List<Span> mentions, Country country,
                    Gender gender) {
  /** Grammatical gender, as far as the article shows it. */
  public enum Gender { MALE, FEMALE, UNKNOWN }

  public Actor {
    altLabels = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(altLabels));
    names = List.copyOf(names);
    mentions = List.copyOf(mentions);
  }
}
