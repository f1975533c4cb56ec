package org.newskg.attribute;

import org.newskg.extract.Token;

/**
 * "collected under the My Ask Jeeves banner, would help …": a capitalized verb of saying that the
 * entity tagger marks as part of the name of a thing or a body ("Ask Jeeves", "Tell Me More")
 * is a word of the name, whatever the parser made of it, and reports nothing. (A person's tag
 * stretched over a headline's verb, "Christie Calls", is the tagger's slip, not a name.)
 */
final class CueInName {
  private CueInName() {}

  static boolean inName(Token cue) {
    return ("MISC".equals(cue.ner()) || "ORGANIZATION".equals(cue.ner())) && !cue.word().isEmpty()
        && Character.isUpperCase(cue.word().codePointAt(0));
  }
}
