package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * A quote with no reporting clause and no quote before it to continue: the speaker of the
 * last reporting clause before it in its paragraph or the previous one ("Mr. A said that
 * Israel had accepted the plan. … in exchange for a “temporary cease-fire.”"), the convention
 * by which news gives the source once for a whole passage.
 */
final class EarlierClauseSieve implements SpeakerSieve {
  static final double CONF_EARLIER_CLAUSE = 0.55;

  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    if (c.quote().sentenceFrom() < 0) {
      return List.of();
    }
    List<Sentence> sentences = c.article().sentences();
    int paragraph = sentences.get(c.quote().sentenceFrom()).paragraph();
    for (int si = c.quote().sentenceFrom(); si >= 0; si--) {
      Sentence s = sentences.get(si);
      if (s.paragraph() < paragraph - 1) {
        break;
      }
      List<Token> tokens = s.tokens();
      for (int ti = tokens.size() - 1; ti >= 0; ti--) {
        Token t = tokens.get(ti);
        if (t.end() > c.quote().outer().begin() || !t.pos().startsWith("VB")
            || !c.reportingVerbs().contains(Clauses.lower(t.lemma()))
            || Clauses.insideQuote(c.article(), t)) {
          continue;
        }
        Token subject = Clauses.subjectOf(s, t, c.quote());
        if (subject == null) {
          continue;
        }
        QuoteContext.Cue cue = new QuoteContext.Cue(s, t,
            c.quote().outer().begin() - t.end(), false);
        SpeakerCandidate a = Subjects.resolve(c, s, subject, cue, Clauses.lower(t.lemma()),
            Statement.Rule.EARLIER_CLAUSE, CONF_EARLIER_CLAUSE);
        if (a.speaker() == null) {
          return List.of();
        }
        return List.of(new SpeakerCandidate(a.speaker(), null, a.mention(),
            Statement.Rule.EARLIER_CLAUSE, CONF_EARLIER_CLAUSE, a.cue(), s, null,
            a.evidence()));
      }
    }
    return List.of();
  }
}
