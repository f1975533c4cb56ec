package org.newskg.attribute;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.Token;

/**
 * The subjects of the other reporting verbs around the quote, beyond the nearest one: in "X
 * said Y had “rejected the plan”" the nearest verb is Y's, the speaker X's. Only the ranker
 * weighs them; their own confidence is below the threshold.
 */
final class OtherClauseSieve implements SpeakerSieve {
  static final double CONF_OTHER_CLAUSE = 0.4;
  private static final int MAX_CUES = 4;

  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    List<SpeakerCandidate> out = new ArrayList<>();
    for (int i = 1; i < c.cues().size() && i <= MAX_CUES; i++) {
      QuoteContext.Cue cue = c.cues().get(i);
      if (cue.accordingTo()) {
        continue;
      }
      Token subject = ClauseSubjectSieve.subjectOf(c, cue);
      if (subject == null) {
        continue;
      }
      SpeakerCandidate a = Subjects.resolve(c, cue.sentence(), subject, cue,
          Clauses.lower(cue.token().lemma()), Statement.Rule.OTHER_CLAUSE, CONF_OTHER_CLAUSE);
      if (a.names()) {
        out.add(a.withRule(Statement.Rule.OTHER_CLAUSE, Math.min(a.prior(), CONF_OTHER_CLAUSE)));
      }
    }
    return out;
  }
}
