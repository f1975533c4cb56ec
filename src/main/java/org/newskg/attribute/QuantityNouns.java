package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "A host of mortgage lenders have predicted …", "a number of Labour MPs said": a noun of
 * quantity heads the subject, but the speakers are the people its "of" names; the description
 * or name of the speaker comes from them ("mortgage lenders", "Labour MPs"), not from "host".
 */
final class QuantityNouns {
  static final Set<String> NOUNS = ImmutableSet.of("host", "number", "group", "majority",
      "minority", "handful", "couple", "range", "string", "series", "raft", "variety", "lot",
      "bunch", "dozen", "dozens", "hundreds", "thousands", "scores", "plenty", "crowd");

  private QuantityNouns() {}

  /** The plural noun the quantity noun {@code subject} counts with "of"; else null. */
  static Token members(Sentence sentence, Token subject) {
    if (!subject.pos().startsWith("NN") || subject.pos().startsWith("NNP")
        || !NOUNS.contains(Clauses.lower(subject.word()))) {
      return null;
    }
    for (Token t : sentence.dependents(subject.index())) {
      if (t.index() > subject.index() && t.deprel().startsWith("nmod")
          && "of".equals(sentence.preposition(t.index()))
          && (t.pos().equals("NNS") || t.pos().equals("NNPS"))) {
        return t;
      }
    }
    return null;
  }
}
