package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "Mr Ferris has failed, he claimed, saying he has the wrong plan": a participle right after a
 * reporting clause set off by commas goes on with that clause, whose subject says it; the
 * parser often hangs the participle from the clause the reporting clause interrupts, whose
 * subject (the one talked about) says nothing.
 */
final class ParentheticalBeforeParticiple {
  private ParentheticalBeforeParticiple() {}

  /**
   * The subject of the verb of saying just before ", {@code verb}", when {@code verb} is a
   * participle; else null.
   */
  static Token speaker(Sentence sentence, Token verb, Quote quote, Set<String> reportingVerbs) {
    int i = verb.index();
    if (!verb.pos().equals("VBG") || i < 2
        || !sentence.tokens().get(i - 1).word().equals(",")) {
      return null;
    }
    Token reporting = sentence.tokens().get(i - 2);
    if (!reporting.pos().startsWith("VB") || Clauses.inside(quote.outer(), reporting)
        || !reportingVerbs.contains(Clauses.lower(reporting.lemma()))) {
      return null;
    }
    for (Token t : sentence.dependents(reporting.index())) {
      if (t.deprel().equals("nsubj") && t.index() < reporting.index()
          && !Clauses.inside(quote.outer(), t)) {
        return t;
      }
    }
    return null;
  }
}
