package org.newskg.cli;

import java.util.Map;
import java.util.Set;

/**
 * The simple past of a cue's lemma, so that a nominal statement reads as what its speaker did
 * ("criticized: the cuts to rail spending"). The cues are the reporting verbs newskg knows: the
 * few irregular ones and those that double their last consonant are listed, the rest follow the
 * spelling rules of "-ed".
 */
final class PastTense {
  private static final Map<String, String> IRREGULAR = Map.of("say", "said", "tell", "told",
      "write", "wrote", "speak", "spoke", "hold", "held", "give", "gave", "swear", "swore");
  /** Verbs stressed on a last syllable of consonant, vowel, consonant: "admit", "slam". */
  private static final Set<String> DOUBLING = Set.of("admit", "slam", "brag", "rebut", "jab",
      "snap", "quip", "plan", "commit", "regret", "chat", "blog", "stop");

  private PastTense() {}

  static String of(String lemma) {
    String w = lemma.strip();
    if (w.isEmpty() || w.equals("according to")) {
      return w;
    }
    int space = w.indexOf(' ');
    if (space > 0) {
      // "warn of" (a verb with the preposition it takes): "warned of"
      return of(w.substring(0, space)) + w.substring(space);
    }
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (DOUBLING.contains(w)) {
      return w + w.charAt(w.length() - 1) + "ed";
    }
    if (w.endsWith("e")) {
      return w + "d";
    }
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "ied";
    }
    return w + "ed";
  }
}
