package org.newskg.attribute;

import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The row began on the show, with Ann Lee marching up to him, saying …": a participle that
 * follows another participle with a subject of its own ("with Ann Lee marching") goes on with
 * that participle and shares its subject; the main clause's subject ("the row") says nothing.
 */
final class ParticipleChain {
  private ParticipleChain() {}

  /**
   * The named subject of the participle {@code verb} hangs from, when both are participles and
   * that one has a name or a personal pronoun as subject; else null.
   */
  static Token speaker(Sentence sentence, Token verb, Quote quote) {
    if (!verb.pos().equals("VBG") || verb.head() < 0) {
      return null;
    }
    Token head = sentence.tokens().get(verb.head());
    if (!head.pos().equals("VBG") || head.index() > verb.index()) {
      return null;
    }
    for (Token t : sentence.dependents(head.index())) {
      if (t.deprel().equals("nsubj") && t.index() < head.index()
          && !Clauses.inside(quote.outer(), t)
          && (t.pos().startsWith("NNP") || t.pos().equals("PRP"))) {
        return t;
      }
    }
    return null;
  }
}
