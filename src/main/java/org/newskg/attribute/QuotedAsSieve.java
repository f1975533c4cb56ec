package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "“…,” Ms. A quoted Mr. B as saying", "…, Reuters reported the minister as saying": the words
 * are B's.
 */
final class QuotedAsSieve implements SpeakerSieve {
  static final double CONF_QUOTED_AS = 0.85;
  /** Verbs that pass on what someone else said: "quoted", "reported", "cited" B as saying. */
  private static final java.util.Set<String> PASSING_ON = java.util.Set.of("quote", "report",
      "cite");

  @Override
  public List<SpeakerCandidate> propose(QuoteContext c) {
    QuoteContext.Cue cue = c.nearest();
    if (cue == null || cue.accordingTo()) {
      return List.of();
    }
    Token quoted = quotedAsSpeaker(c, cue.sentence(), cue.token());
    if (quoted == null) {
      return List.of();
    }
    return List.of(Subjects.resolve(c, cue.sentence(), quoted, cue,
        Clauses.lower(cue.token().lemma()), Statement.Rule.QUOTED_AS, CONF_QUOTED_AS));
  }

  /** "A quoted B as saying": B, when {@code verb} is "quoted" or the "saying" under it. */
  private static Token quotedAsSpeaker(QuoteContext c, Sentence sentence, Token verb) {
    Token quoteVerb = verb;
    if (!PASSING_ON.contains(Clauses.lower(verb.lemma())) && verb.head() >= 0) {
      quoteVerb = sentence.tokens().get(verb.head());
    }
    if (!PASSING_ON.contains(Clauses.lower(quoteVerb.lemma()))
        || !quoteVerb.pos().startsWith("VB")) {
      return null;
    }
    Token object = null;
    boolean asSaying = false;
    for (Token t : sentence.tokens()) {
      if (t.head() != quoteVerb.index()) {
        continue;
      }
      if (t.deprel().equals("obj")) {
        object = t;
      } else if (c.reportingVerbs().contains(Clauses.lower(t.lemma()))
          && t.index() > quoteVerb.index() && Clauses.hasChild(sentence, t, "as")) {
        asSaying = true;
      }
    }
    return asSaying ? object : null;
  }
}
