package org.newskg.attribute;

import java.util.Optional;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;

/**
 * "The Norwegian said she …", "the Kiwi said" (a nickname the tagger takes for a name): a
 * nationality word with "the" as a clause's subject is a person of that country, not the
 * country (which would be "Norway said" or "the Norwegians"). It
 * stands for the person the article last ties to that country before it ("Norwegian Kari
 * Lund", "Norway's Kari Lund", "Kari Lund of Norway"); else for the person last named as a
 * clause subject just before, unless the article ties that person to another country; else it
 * is a description ("Norwegian"). Collective words ("the Swiss", "the French") are left to
 * the other rules: they name a people or its government as often as a person.
 */
final class NationalityNominals {
  /** A person, or a description when the article names no one it can be. */
  record Reading(Actor person, String description) {}

  private NationalityNominals() {}

  static Optional<Reading> resolve(AnnotatedArticle article, ArticleEntities entities,
                                   Sentence sentence, Token subject) {
    Optional<Actor> country = entities.actorAt(subject.span())
        .filter(a -> a.type() == ActorType.COUNTRY);
    String word = subject.word();
    if (country.isEmpty() || !subject.deprel().startsWith("nsubj")
        || !(subject.ner().equals("MISC") || subject.ner().equals("NATIONALITY")
            || subject.ner().equals("PERSON"))
        || subject.pos().endsWith("S") || !Character.isUpperCase(word.codePointAt(0))
        || word.equalsIgnoreCase(country.get().label()) || collective(word)
        || !Clauses.hasDefiniteDeterminer(sentence, subject)
        || sentence.dependents(subject.index()).stream().anyMatch(t ->
            t.deprel().equals("nmod:poss") || t.deprel().startsWith("compound"))) {
      return Optional.empty();
    }
    Actor nation = country.get();
    Actor marked = null;
    int markedAt = -1;
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span m : a.names()) {
        if (m.end() <= subject.begin() && m.begin() > markedAt
            && countryBeside(article, entities, m).filter(c -> c == nation).isPresent()) {
          marked = a;
          markedAt = m.begin();
        }
      }
    }
    if (marked != null) {
      return Optional.of(new Reading(marked, null));
    }
    Optional<Actor> last = Antecedents.subjectPerson(article, entities, subject.begin())
        .filter(p -> p.names().stream().allMatch(m -> countryBeside(article, entities, m)
            .filter(c -> c != nation).isEmpty()));
    if (last.isPresent()) {
      return Optional.of(new Reading(last.get(), null));
    }
    return Optional.of(new Reading(null, word));
  }

  /** "the Swiss", "the Chinese", "the French", "the Dutch": a people as often as a person. */
  private static boolean collective(String word) {
    String w = Clauses.lower(word);
    return w.endsWith("ese") || w.endsWith("ss") || w.endsWith("sh") || w.endsWith("ch");
  }

  /**
   * The country a person's name is tied to right beside it: "Norwegian Kari Lund", "Norway's
   * Kari Lund", "Kari Lund of Norway", "Kari Lund (Norway)".
   */
  static Optional<Actor> countryBeside(AnnotatedArticle article, ArticleEntities entities,
                                       Span name) {
    Sentence s = article.sentenceAt(name.begin());
    if (s == null) {
      return Optional.empty();
    }
    int first = s.tokenAt(name.begin());
    int last = s.tokenAt(name.end() - 1);
    if (first < 0 || last < 0) {
      return Optional.empty();
    }
    int before = first - 1;
    if (before >= 0 && s.tokens().get(before).pos().equals("POS")) {
      before--;
    }
    if (before >= 0) {
      Optional<Actor> c = country(entities, s.tokens().get(before));
      if (c.isPresent()) {
        return c;
      }
    }
    if (last + 2 < s.tokens().size()) {
      String link = Clauses.lower(s.tokens().get(last + 1).word());
      if (link.equals("of") || link.equals("(") || link.equals("-lrb-")) {
        return country(entities, s.tokens().get(last + 2));
      }
    }
    return Optional.empty();
  }

  private static Optional<Actor> country(ArticleEntities entities, Token t) {
    return entities.actorAt(t.span()).filter(a -> a.type() == ActorType.COUNTRY);
  }
}
