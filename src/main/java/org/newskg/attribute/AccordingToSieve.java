package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.Token;

/** "according to X" nearest the quote: X. */
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
    return List.of(Subjects.resolve(c, cue.sentence(), source, cue, "according to",
        Statement.Rule.REPORTING_CLAUSE, ClauseSubjectSieve.CONF_CLAUSE));
  }
}
