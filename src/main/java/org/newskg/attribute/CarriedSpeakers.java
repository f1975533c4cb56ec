package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * When the parse loses a reported clause's subject, a speaker carried over from an earlier
 * clause or a name nearby is a guess; two kinds of guess are better left out than given to
 * someone who did not say it: one that a person or body the cue's own sentence names before
 * the cue, outside what was said, shows wrong ("Despite this anti-virus lab F-Guard said it had
 * reports …", "Barbara Fellow, whose husband was killed in 1980, confirmed she would …"), and a
 * name nearby from another sentence ("Five mailed out an e-mail suggesting …. The watchdog
 * ASA …"), since a reported clause's source is in its own sentence.
 */
final class CarriedSpeakers {
  /** The rules that give a speaker from outside the cue's own clause. */
  private static final Set<Statement.Rule> CARRIED = Set.of(Statement.Rule.EARLIER_CLAUSE,
      Statement.Rule.OTHER_CLAUSE, Statement.Rule.NEARBY_NAME, Statement.Rule.CONTINUATION,
      Statement.Rule.CORENLP);

  private CarriedSpeakers() {}

  /**
   * Whether {@code chosen}, carried to the clause of {@code cue}, is overruled by another
   * person or body its sentence names before the cue outside {@code said}.
   */
  static boolean overruled(AnnotatedArticle article, ArticleEntities entities, Sentence sentence,
                           Token cue, Span said, SpeakerCandidate chosen) {
    if (chosen == null || !CARRIED.contains(chosen.rule()) || chosen.speaker() == null) {
      return false;
    }
    Actor speaker = chosen.speaker();
    boolean other = false;
    for (Token t : sentence.tokens()) {
      if (said.contains(t.span()) || article.insideQuote(t.span())) {
        continue;
      }
      Actor named = entities.actorAt(t.span()).orElse(null);
      if (named == null) {
        continue;
      }
      if (named.key().equals(speaker.key())) {
        // the speaker named in the sentence, wherever: the carried speaker may be right
        return false;
      }
      other |= t.index() < cue.index() && (named.type() == ActorType.PERSON
          || named.type() == ActorType.ORGANIZATION);
    }
    return other;
  }

  /** Whether {@code chosen} is a name nearby that {@code sentence}, the cue's, does not hold. */
  static boolean fromAnotherSentence(Sentence sentence, SpeakerCandidate chosen) {
    return chosen != null && chosen.rule() == Statement.Rule.NEARBY_NAME
        && chosen.mention() != null && (chosen.mention().begin() < sentence.begin()
            || chosen.mention().end() > sentence.end());
  }
}
