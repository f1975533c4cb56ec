package org.newskg.resolve;

import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "GM, whose own operations are losing money, no longer wants to own the unit": after a
 * relative clause set off by commas the parser sometimes makes the name the root of the
 * sentence and hangs the main verb, left without a subject, as a bare dependent. The name is
 * that verb's subject all the same, and the topic the next sentence's "it" or "the firm" takes
 * up.
 */
public final class LostSubjects {
  private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP");

  private LostSubjects() {}

  /**
   * Token {@code i} is a name the parser made the sentence's root, and a finite verb hung
   * below it as a bare dependent has no subject of its own.
   */
  public static boolean rootName(Sentence s, int i) {
    if (i < 0) {
      return false;
    }
    Token name = s.tokens().get(i);
    if (name.head() >= 0 || !name.pos().startsWith("NNP")) {
      return false;
    }
    for (Token v : s.tokens()) {
      if (v.index() > i && FINITE.contains(v.pos()) && v.deprel().equals("dep")
          && s.dependents(v.index()).stream().noneMatch(d -> d.deprel().startsWith("nsubj")
              || d.deprel().startsWith("csubj"))) {
        return true;
      }
    }
    return false;
  }
}
