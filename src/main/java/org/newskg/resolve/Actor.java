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
 * @param mentions   every mention in the article (names, and pronouns linked by coreference)
 * @param country    the country itself for a COUNTRY actor, else null
 */
public record Actor(String key, ActorType type, String label, SortedSet<String> altLabels,
                    List<Span> mentions, Country country) {
  public Actor {
    altLabels = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(altLabels));
    mentions = List.copyOf(mentions);
  }
}
