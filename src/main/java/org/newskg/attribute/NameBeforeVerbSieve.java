package org.newskg.attribute;

import java.util.List;
import java.util.Optional;
import org.newskg.attribute.SpeakerCandidate.Form;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;

/**
 * A reporting verb with no subject the parser saw ("The envoy, retired Gen. A B, said …"
 * misparsed with "retired" as the main verb): a name right before it, commas aside, or the
 * name a relative clause before it describes ({@link RelativeClauseBeforeVerb}).
 */
final class NameBeforeVerbSieve implements SpeakerSieve {
  static final double CONF_NAME_BEFORE_VERB = 0.7;

  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    QuoteContext.Cue cue = c.nearest();
    if (cue == null || cue.accordingTo() || ClauseSubjectSieve.subjectOf(c, cue) != null) {
      return List.of();
    }
    Token described = RelativeClauseBeforeVerb.describedName(cue.sentence(), cue.token());
    Token before = described != null && !Clauses.inside(c.quote().outer(), described)
        ? described : Clauses.nameBeforeVerb(cue.sentence(), cue.token(), c.quote());
    Optional<Actor> actor = before == null ? Optional.empty()
        : c.entities().actorAt(before.span());
    if (actor.isEmpty() && before != null && before == described) {
      // a surname the tagger missed: the one person the article names in full with it
      actor = Subjects.surnameOf(c.entities(), before.word());
    }
    return actor.map(a -> List.of(Subjects.candidate(a, null,
        Clauses.mentionAround(cue.sentence(), before), Statement.Rule.NAME_BEFORE_VERB,
        CONF_NAME_BEFORE_VERB, Clauses.lower(cue.token().lemma()), cue.sentence(), cue,
        Form.NAME, c.paragraph() - cue.sentence().paragraph(), c))).orElse(List.of());
  }
}
