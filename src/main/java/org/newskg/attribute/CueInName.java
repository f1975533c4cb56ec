package org.newskg.attribute;

import org.newskg.extract.Token;

/**
 * "collected under the My Ask Jeeves banner, would help …": a capitalized verb of saying that the
 * entity tagger marks as part of a name ("Ask Jeeves", "Tell Me More") is a word of the name,
 * whatever the parser made of it, and reports nothing.
 */
final class CueInName {
  private CueInName() {}

  static boolean inName(Token cue) {
    return cue.ner() != null && !cue.ner().equals("O") && !cue.word().isEmpty()
        && Character.isUpperCase(cue.word().codePointAt(0));
  }
}
