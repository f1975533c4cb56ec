package org.newskg.attribute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.Pronouns;

/**
 * "This is the record Mr Berg will have to defend, he said", "He said he still trusted Mr
 * Berg": a "he" or "she" that reports something is not someone that what it reports names (the
 * name would have been "he" again), so a pronoun the ranker gave a person named inside what
 * was said goes to the person the text followed up to it instead
 * ({@link Antecedents#personPastReportedNames} before what was said; for reported speech,
 * passing over everyone it names: "He said Lund and Dahl would …"), unless the name is in a
 * clause that opens what was said ("Though Ms Lee has lived here …, she said"); so do the other
 * statements of the same pronoun (", he said, urging voters to …"). Applied after attribution,
 * so the ranker's candidates stay as they are.
 */
final class NamedInWhatWasSaid {
  private NamedInWhatWasSaid() {}

  /** A speaker given to a pronoun, and the one it goes to instead. */
  private record Change(Actor from, Actor to) {}

  /** The statements with such pronouns resolved, in place. */
  static void resolveAll(AnnotatedArticle article, ArticleEntities entities,
                         List<Statement> statements) {
    Map<Span, Change> changes = new HashMap<>();
    for (Statement s : statements) {
      Statement r = resolve(article, entities, s);
      if (r != s) {
        changes.put(s.speakerMention(), new Change(s.speaker(), r.speaker()));
      }
    }
    statements.replaceAll(s -> {
      Change c = s.speakerMention() == null ? null : changes.get(s.speakerMention());
      return c == null || s.speaker() != c.from() ? s : s.spokenBy(c.to(), Statement.Rule.PRONOUN);
    });
  }

  private static Statement resolve(AnnotatedArticle article, ArticleEntities entities,
                                   Statement s) {
    if (s.rule() != Statement.Rule.PRONOUN || s.speaker() == null
        || s.speaker().type() != ActorType.PERSON || s.speakerMention() == null) {
      return s;
    }
    String word = Clauses.lower(s.speakerMention().text());
    Span said = s.quote().inner();
    if (!Pronouns.PERSONAL.contains(word)) {
      return s;
    }
    Predicate<Actor> namedInside = a -> a.names().stream().anyMatch(said::contains);
    if (!namedInside.test(s.speaker()) || inOpeningClause(article, s, said)) {
      return s;
    }
    // reported speech gives its speaker as "he" again, so everyone it names is passed over
    // ("he said Stiller and Jackson would …"); a quotation may name its own speaker ("We're
    // going to win with Trump")
    boolean reported = Statement.KIND_INDIRECT.equals(s.kind());
    Optional<Actor> before = Antecedents.personPastReportedNames(article, entities,
        Math.min(said.begin(), s.speakerMention().begin()), Pronouns.genderOf(word),
        a -> reported && namedInside.test(a));
    return before.isPresent() && before.get() != s.speaker()
        ? s.spokenBy(before.get(), Statement.Rule.PRONOUN) : s;
  }

  /**
   * "Though Ms Lee has lived here all her life, the rents have doubled, she said": a name in a
   * clause that opens what was said with "though", "when" and the like is how news brings the
   * speaker back in, so it may be the pronoun's own.
   */
  private static boolean inOpeningClause(AnnotatedArticle article, Statement s, Span said) {
    Sentence sentence = article.sentenceAt(said.begin());
    int first = sentence == null ? -1 : sentence.tokenAt(said.begin());
    if (first < 0 || !sentence.tokens().get(first).deprel().equals("mark")) {
      return false;
    }
    int comma = said.text().indexOf(',');
    int end = comma < 0 ? said.end() : said.begin() + comma;
    return s.speaker().names().stream().anyMatch(m -> m.begin() >= said.begin() && m.end() <= end);
  }
}
