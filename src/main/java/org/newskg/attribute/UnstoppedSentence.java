package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "… said it “regrets any trouble caused,” The inquiry will focus on …": a quotation closed
 * after a comma where the text lacks its full stop, followed by a capitalised determiner or
 * pronoun that opens a clause (not a name: "…,” The Times reported"), ends a sentence the
 * splitter could not see; what was said does not run over it.
 */
final class UnstoppedSentence {
  /** A straight mark may be given either form ("``" too) by the tokenizer. */
  private static final Set<String> CLOSING = ImmutableSet.of("''", "”", "\"", "``");
  private static final Set<String> OPENERS = ImmutableSet.of("DT", "PRP", "EX", "PRP$");

  private UnstoppedSentence() {}

  /** True when the sentence ends at {@code t}, the closing mark before {@code next}. */
  static boolean endsAt(Sentence s, Token t, Token next) {
    // a closing mark: right after the comma, a space after it ("replied, “It's …" opens one)
    if (!CLOSING.contains(t.word()) || t.index() < 1 || next.index() != t.index() + 1
        || !s.tokens().get(t.index() - 1).word().equals(",")
        || s.tokens().get(t.index() - 1).end() != t.begin() || next.begin() <= t.end()
        || !Character.isUpperCase(next.word().charAt(0)) || !OPENERS.contains(next.pos())
        || next.word().equals("I")) {
      return false;
    }
    return next.index() + 1 >= s.tokens().size()
        || !s.tokens().get(next.index() + 1).pos().startsWith("NNP");
  }
}
