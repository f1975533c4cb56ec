package org.newskg.resolve;

import java.util.Locale;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * "The claims were made in a book published this week by Peter Lund": the "by" phrase of a
 * passive verb or participle names who does what the verb says, its subject in the active, so
 * a name there can be what a sentence is about although the parser made it no subject.
 */
final class PassiveAgents {
  private PassiveAgents() {}

  /**
   * The name heads the "by" phrase of a passive participle: a verb with a passive auxiliary
   * ("was written by"), or a participle modifying a noun ("a book published by").
   */
  static boolean isAgent(Sentence s, Span name) {
    int i = s.tokenAt(name.end() - 1);
    if (i < 0) {
      return false;
    }
    Token t = s.tokens().get(i);
    if (t.deprel().equals("compound") && t.head() > i
        && s.tokens().get(t.head()).pos().startsWith("NNP")) {
      // "Peter Lund QC": the name heads its phrase through the letters after it
      t = s.tokens().get(t.head());
    }
    if (!(t.deprel().startsWith("obl") || t.deprel().startsWith("nmod")) || t.head() < 0
        || s.dependents(t.index()).stream().noneMatch(d -> d.deprel().equals("case")
            && d.word().toLowerCase(Locale.ROOT).equals("by"))) {
      return false;
    }
    Token verb = s.tokens().get(t.head());
    return verb.pos().equals("VBN") && (verb.deprel().startsWith("acl")
        || s.dependents(verb.index()).stream().anyMatch(d -> d.deprel().equals("aux:pass")));
  }
}
