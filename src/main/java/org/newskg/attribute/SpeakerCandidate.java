package org.newskg.attribute;

import java.time.LocalDate;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;

/**
 * Someone a sieve proposes as a quote's speaker, with the evidence that found them.
 *
 * @param speaker       the actor, or null for an unnamed source
 * @param description   an unnamed source in the article's words ("senior official"), or null
 * @param mention       the words that identify the speaker for this quote, or null
 * @param rule          the rule that proposed it (what nkg:attributionRule records)
 * @param prior         the rule's own confidence, used when no ranker model is loaded
 * @param cue           lemma of the reporting verb ("say"), "according to", or null
 * @param clause        the sentence of the reporting clause, or null
 * @param inheritedDate the date of the statement it continues, or null
 * @param evidence      how it was found, what the ranker reads
 */
public record SpeakerCandidate(Actor speaker, String description, Span mention,
                               Statement.Rule rule, double prior, String cue, Sentence clause,
                               LocalDate inheritedDate, Evidence evidence) {
  /** How the mention names the speaker. */
  public enum Form { NAME, PRONOUN, NOMINAL, DESCRIPTION, INHERITED, NONE }

  /**
   * @param form            how the mention names the speaker
   * @param cueDistance     characters between the reporting verb and the quote, or -1
   * @param cueAfter        the reporting verb follows the quote
   * @param paragraphsBack  how many paragraphs before the quote's the mention is (0 same)
   * @param embedded        the reporting verb sits in a clause reported by another verb
   *                        ("X said Y had “rejected …”"): Y's clause, not the main one
   * @param quoteInComplement the quote lies inside the reporting verb's own clause
   */
  public record Evidence(Form form, int cueDistance, boolean cueAfter, int paragraphsBack,
                         boolean embedded, boolean quoteInComplement) {
    public static Evidence none(Form form, int paragraphsBack) {
      return new Evidence(form, -1, false, paragraphsBack, false, false);
    }
  }

  /** True when it names someone: an actor or a description. */
  public boolean names() {
    return speaker != null || description != null;
  }

  /** The same candidate, as another rule proposes it. */
  SpeakerCandidate withRule(Statement.Rule r, double p) {
    return new SpeakerCandidate(speaker, description, mention, r, p, cue, clause, inheritedDate,
        evidence);
  }
}
