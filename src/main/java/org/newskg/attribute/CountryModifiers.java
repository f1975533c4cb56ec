package org.newskg.attribute;

import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "A US court said …", "a US woman is suing …, saying …", "two US computer security
 * organisations warned …": a country's name or adjective before a noun makes the speaker of
 * that country, not the country. Only the state's own organs and people speak for it ("US
 * officials", "the UK government", "EU leaders"); any other such description stays a
 * description. Applied once attribution is done, to speakers found by a description.
 */
final class CountryModifiers {
  /** Nouns for those who speak for a state. */
  private static final Set<String> STATE = Set.of("official", "government", "authority",
      "ministry", "minister", "regulator", "lawmaker", "legislator", "leader", "diplomat",
      "embassy", "spokesman", "spokeswoman", "spokesperson", "military", "army", "force",
      "troop", "navy", "administration", "department", "delegation", "envoy", "ambassador",
      "negotiator", "president", "premier", "parliament", "congress", "senate", "commander",
      "general", "authorities", "state", "country", "member", "nation", "side", "team");

  private CountryModifiers() {}

  static Statement check(AnnotatedArticle article, Statement s) {
    if (s.speaker() == null || s.speaker().type() != ActorType.COUNTRY
        || s.rule() != Statement.Rule.NOMINAL || s.speakerMention() == null) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null || !head.pos().startsWith("NN") || head.pos().startsWith("NNP")
        || STATE.contains(Clauses.lower(head.lemma()))
        || s.speaker().names().stream().anyMatch(n -> n.overlaps(head.span()))) {
      return s;
    }
    String description = Clauses.describe(sentence, head);
    return description == null ? s : s.unnamed(description);
  }

  /**
   * "According to eBay UK, …", "Microsoft UK said": a country's name right after an
   * organization's is the organization's arm there; the organization speaks, not the country.
   */
  static Statement nationalArm(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.speaker() == null || s.speaker().type() != ActorType.COUNTRY
        || s.speakerMention() == null) {
      return s;
    }
    Token country = s.speaker().names().stream()
        .filter(n -> n.overlaps(s.speakerMention()))
        .map(n -> Clauses.lastWordOf(article, n)).filter(t -> t != null).findFirst()
        .orElse(Clauses.lastWordOf(article, s.speakerMention()));
    Sentence sentence = country == null ? null : article.sentenceAt(country.begin());
    int at = sentence == null ? -1 : sentence.tokenAt(country.begin());
    if (at < 1 || sentence.tokens().get(at - 1).end() + 1 != country.begin()) {
      return s;
    }
    // (the tagger may leave the organization's name untagged here, having tagged it before)
    Token before = sentence.tokens().get(at - 1);
    return entities.actorAt(before.span()).filter(a -> a.type() == ActorType.ORGANIZATION)
        .or(() -> before.pos().startsWith("NN")
            ? entities.namedAs(ActorType.ORGANIZATION, before.word()) : Optional.empty())
        .map(a -> s.spokenBy(a, Statement.Rule.NOMINAL)).orElse(s);
  }
}
