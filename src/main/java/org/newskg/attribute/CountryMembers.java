package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;

/**
 * "A US firm has said", "US companies argued", "British researchers warned": a firm or a
 * private person of a country is not the country's voice (as "US officials" or "a Japanese
 * diplomat" are), so the description stands; nor are "several Opec members" any body's, whose
 * members speak for themselves.
 */
final class CountryMembers {
  /** Nouns for firms and for people who speak for no government. */
  private static final Set<String> NOUNS = Set.of("firm", "company", "group", "giant", "maker",
      "bank", "retailer", "carrier", "airline", "operator", "provider", "developer", "publisher",
      "chain", "charity", "studio", "broadcaster", "insurer", "lender", "manufacturer",
      "supermarket", "producer", "consultancy", "conglomerate", "corporation", "business",
      "label", "distributor", "bookmaker", "brewer", "club", "investor", "researcher",
      "scientist", "expert", "analyst", "economist", "consumer", "voter", "fan", "shopper",
      "user", "owner", "exporter", "importer", "automaker", "carmaker", "bidder", "buyer");

  private CountryMembers() {}

  /** {@code subject}, tied to the country {@code body} by a compound, is one of these. */
  static boolean memberOf(Token subject, Actor body) {
    String noun = Clauses.lower(subject.lemma());
    return body.type() == ActorType.COUNTRY && NOUNS.contains(noun) || noun.equals("member");
  }
}
