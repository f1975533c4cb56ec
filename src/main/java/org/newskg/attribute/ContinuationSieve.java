package org.newskg.attribute;

import java.util.List;
import org.newskg.attribute.SpeakerCandidate.Evidence;
import org.newskg.attribute.SpeakerCandidate.Form;
import org.newskg.resolve.ActorType;

/**
 * The previous statement's speaker, carried over to a quote a given number of paragraphs
 * later; a different name between the two quotes (a new candidate speaker) costs confidence,
 * enough to leave the quote unattributed when nothing else speaks for it.
 */
final class ContinuationSieve implements SpeakerSieve {
  static final double NEW_CANDIDATE_PENALTY = 0.2;

  private final int paragraphGap;
  private final double confidence;

  /**
   * @param paragraphGap paragraphs between the previous quote and this one (0: same paragraph)
   */
  ContinuationSieve(int paragraphGap, double confidence) {
    this.paragraphGap = paragraphGap;
    this.confidence = confidence;
  }

  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    Statement previous = c.previous();
    if (c.gapToPrevious() != paragraphGap || previous == null
        || previous.speaker() == null && previous.speakerDescription() == null) {
      return List.of();
    }
    int from = previous.quote().outer().end();
    int to = c.quote().outer().begin();
    boolean newCandidate = c.entities().actors().stream()
        .filter(a -> a != previous.speaker() && a.type() != ActorType.COUNTRY)
        .flatMap(a -> a.names().stream())
        .anyMatch(m -> m.begin() >= from && m.end() <= to && !c.article().insideQuote(m));
    double p = newCandidate ? confidence - NEW_CANDIDATE_PENALTY : confidence;
    return List.of(new SpeakerCandidate(previous.speaker(), previous.speakerDescription(),
        previous.speakerMention(), Statement.Rule.CONTINUATION, p, previous.cue(), null,
        previous.date(), Evidence.none(Form.INHERITED, paragraphGap)));
  }
}
