package org.newskg.attribute;

import java.util.List;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "Papadakis, who is a lecturer at the University of Leeds, added: “…”": a relative clause set
 * off by commas between a name and a reporting verb the parser left without a subject. The
 * name the clause describes is the verb's subject, not the name that ends the clause (which
 * {@link NameBeforeVerbSieve} would otherwise take).
 */
final class RelativeClauseBeforeVerb {
  private RelativeClauseBeforeVerb() {}

  /** The proper noun before ", who …," right before {@code verb}; null when there is none. */
  static Token describedName(Sentence sentence, Token verb) {
    List<Token> tokens = sentence.tokens();
    int i = verb.index() - 1;
    if (i < 3 || !tokens.get(i).word().equals(",")) {
      return null;
    }
    for (i--; i >= 2; i--) {
      Token t = tokens.get(i);
      if (t.word().equals(",")) {
        return null;
      }
      String w = Clauses.lower(t.word());
      if ((w.equals("who") || w.equals("which")) && tokens.get(i - 1).word().equals(",")) {
        Token name = tokens.get(i - 2);
        return name.pos().startsWith("NNP") ? name : null;
      }
    }
    return null;
  }
}
