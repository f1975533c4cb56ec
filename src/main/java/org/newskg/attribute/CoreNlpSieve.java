package org.newskg.attribute;

import java.util.List;
import java.util.Optional;
import org.newskg.attribute.SpeakerCandidate.Evidence;
import org.newskg.attribute.SpeakerCandidate.Form;
import org.newskg.extract.CoreNlpSpeaker;
import org.newskg.resolve.Actor;

/** CoreNLP's own speaker for the quote (only with --coref), mapped to one of our actors. */
final class CoreNlpSieve implements SpeakerSieve {
  static final double CONF_CORENLP = 0.6;

  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    CoreNlpSpeaker speaker = c.quote().corenlpSpeaker();
    if (speaker == null) {
      return List.of();
    }
    Optional<Actor> actor = Optional.empty();
    if (speaker.canonical() != null) {
      actor = c.entities().actorAt(speaker.canonical());
    }
    if (actor.isEmpty() && speaker.mention() != null) {
      actor = c.entities().actorAt(speaker.mention());
    }
    int back = speaker.mention() == null ? 0
        : c.paragraph() - c.article().paragraphAt(speaker.mention().begin());
    return actor.map(a -> List.of(new SpeakerCandidate(a, null, speaker.mention(),
        Statement.Rule.CORENLP, CONF_CORENLP, null,
        speaker.mention() == null ? null : c.article().sentenceAt(speaker.mention().begin()),
        null, Evidence.none(Form.NAME, back)))).orElse(List.of());
  }
}
