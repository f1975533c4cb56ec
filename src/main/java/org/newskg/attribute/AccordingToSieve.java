package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "according to X" nearest the quote: X; the person a body's post and name close X with
 * ("according to Bank of England deputy governor Ann Lee", which the parser heads with the
 * bank).
 */
final class AccordingToSieve implements SpeakerSieve {
  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    QuoteContext.Cue cue = c.nearest();
    if (cue == null || !cue.accordingTo()) {
      return List.of();
    }
    // "according" is the case marker of the source noun
    Token source = cue.token().head() >= 0 ? cue.sentence().tokens().get(cue.token().head())
        : null;
    if (source == null || !source.pos().startsWith("NN") && !source.pos().equals("PRP")) {
      return List.of();
    }
    Token person = closingPerson(cue.sentence(), source, c.entities());
    if (person != null) {
      source = person;
    }
    return List.of(Subjects.resolve(c, cue.sentence(), source, cue, "according to",
        Statement.Rule.REPORTING_CLAUSE, ClauseSubjectSieve.CONF_CLAUSE));
  }

  /**
   * The last word of a person's name that ends the source's phrase right after a noun for their
   * post, when the source itself is not that person; else null.
   */
  private static Token closingPerson(Sentence s, Token source, ArticleEntities entities) {
    int last = source.index();
    while (last + 1 < s.tokens().size()
        && ReportedClauses.under(s, s.tokens().get(last + 1), source)) {
      last++;
    }
    Token end = s.tokens().get(last);
    var person = entities.actorAt(end.span()).filter(a -> a.type() == ActorType.PERSON);
    if (last == source.index() || person.isEmpty()
        || entities.actorAt(source.span()).equals(person)) {
      return null;
    }
    int first = last;
    while (first > source.index() && entities.actorAt(s.tokens().get(first - 1).span())
        .equals(person)) {
      first--;
    }
    Token post = s.tokens().get(first - 1);
    return first > source.index() && post.pos().equals("NN")
        && Subjects.ANIMACY.namesSpeakers(post.lemma()) ? end : null;
  }
}
