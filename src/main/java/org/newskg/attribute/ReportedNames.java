package org.newskg.attribute;

import java.util.Optional;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Pronouns;

/**
 * "Mr Berg has failed, he claimed. … This is the record Mr Berg must defend, he said": a name
 * that an earlier sentence's own "he" reports is someone else than the person the pronouns
 * follow, so a "he" the ranker gave that name goes to the person named before it instead
 * ({@link Antecedents#personPastReportedNames}). Applied after attribution, so the ranker's
 * candidates stay as they are.
 */
final class ReportedNames {
  private ReportedNames() {}

  /** {@code s} with its "he" or "she" resolved past names reported by earlier pronouns. */
  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    if (s.rule() != Statement.Rule.PRONOUN || s.speaker() == null
        || s.speaker().type() != ActorType.PERSON || s.speakerMention() == null) {
      return s;
    }
    String word = Clauses.lower(s.speakerMention().text());
    if (!Pronouns.PERSONAL.contains(word)) {
      return s;
    }
    Actor.Gender gender = Pronouns.genderOf(word);
    int at = s.speakerMention().begin();
    if (Antecedents.person(article, entities, at, gender).orElse(null) != s.speaker()) {
      // the ranker took the speaker from another rule than the name before the pronoun
      return s;
    }
    Optional<Actor> past = Antecedents.personPastReportedNames(article, entities, at, gender);
    return past.isPresent() && past.get() != s.speaker()
        ? s.spokenBy(past.get(), Statement.Rule.PRONOUN) : s;
  }
}
