package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "collected under the My Ask Jeeves banner, would help …": a capitalized verb of saying inside
 * a run of capitalized words, in a sentence written in lower case, is a word of a name ("Ask
 * Jeeves", "Tell Me More"), whatever the parser made of it, and reports nothing. A headline in
 * title case ("Mayor Calls Plan A Disgrace") capitalizes its verbs too: there the rule is silent.
 */
final class CueInName {
  private CueInName() {}

  static boolean inName(Sentence sentence, Token cue) {
    List<Token> tokens = sentence.tokens();
    int i = cue.index();
    if (!capitalized(cue) || i == 0 || !Character.isLetter(tokens.get(i - 1).word().charAt(0))) {
      // a sentence's first word (or the first after a quotation mark) is capitalized anyway
      return false;
    }
    boolean inRun = capitalized(tokens.get(i - 1))
        || i + 1 < tokens.size() && capitalized(tokens.get(i + 1));
    return inRun && !titleCase(sentence);
  }

  private static boolean capitalized(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
  }

  /** Most of the sentence's words of letters are capitalized. */
  private static boolean titleCase(Sentence sentence) {
    int words = 0;
    int capitals = 0;
    for (Token t : sentence.tokens()) {
      if (!t.word().isEmpty() && Character.isLetter(t.word().codePointAt(0))) {
        words++;
        if (capitalized(t)) {
          capitals++;
        }
      }
    }
    return 2 * capitals >= words;
  }
}
