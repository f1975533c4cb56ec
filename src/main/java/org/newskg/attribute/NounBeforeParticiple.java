package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The virus replaces the forum with a webpage announcing that …": a participle of saying right
 * after a noun for something that carries words (a page, a note, a sign, a message) says what
 * that thing says when the main clause's subject cannot have written it, being no person, no
 * organization and no name ("the virus", "the storm"); a subject that can ("Trump unleashed
 * tweets saying …", "the ministry issued a statement saying …") is the speaker, as before.
 * (People a "with" introduces, "with analysts saying that …", are found before this, by
 * {@link Clauses#participleSpeaker}.)
 */
final class NounBeforeParticiple {
  /** Nouns for things that carry words. */
  private static final Set<String> ISSUED = ImmutableSet.<String>builder()
      .addAll(Animacy.DOCUMENTS).add("speech", "message", "comment", "remark", "video",
          "webpage", "page", "notice", "sign", "banner", "poster", "leaflet", "campaign",
          "petition", "blog", "update", "bulletin", "warning", "appeal", "plea", "circular",
          "announcement", "response", "reply", "text", "letter").build();

  private NounBeforeParticiple() {}

  /**
   * The noun right before the participle {@code verb} that modifies it, when that noun speaks;
   * null when the main clause's subject can have written it, or the participle is no such
   * modifier.
   */
  static Token speaker(Sentence sentence, Token verb, Quote quote) {
    if (!verb.pos().equals("VBG") || !verb.deprel().equals("acl") || verb.head() < 0
        || verb.head() != verb.index() - 1) {
      return null;
    }
    Token noun = sentence.tokens().get(verb.head());
    if (!noun.pos().equals("NN") && !noun.pos().equals("NNS")
        || Clauses.inside(quote.outer(), noun)) {
      return null;
    }
    if (!ISSUED.contains(Clauses.lower(noun.lemma()))) {
      return null;
    }
    Token governor = noun;
    for (int hops = 0; hops < 4 && governor.head() >= 0; hops++) {
      governor = sentence.tokens().get(governor.head());
      if (governor.pos().startsWith("VB")) {
        Token subject = Clauses.subjectOf(sentence, governor, quote);
        return subject == null || canWrite(subject) ? null : noun;
      }
    }
    return null;
  }

  /** A name, a pronoun, a person or a body: a subject that writes what it puts out. */
  private static boolean canWrite(Token subject) {
    String lemma = Clauses.lower(subject.lemma());
    return !subject.pos().startsWith("NN") || subject.pos().startsWith("NNP")
        || Animacy.ANIMATE.contains(lemma) || BodyNominals.NOUNS.contains(lemma);
  }
}
