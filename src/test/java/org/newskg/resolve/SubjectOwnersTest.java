package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.ParsedSentences.parse;

import org.junit.jupiter.api.Test;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;

/** An organization owning a clause's subject is what a later "it said" can refer back to. */
class SubjectOwnersTest {
  @Test
  void theOwnerOfASubjectCounts() {
    // "Nokia 's profits tripled": Nokia owns the subject
    Sentence s = parse("Nokia/Nokia/NNP/2/nmod:poss", "'s/'s/POS/0/case",
        "profits/profit/NNS/3/nsubj", "tripled/triple/VBD/-1/root");
    assertTrue(SubjectOwners.ownsSubject(s, new Span(0, 5, "Nokia")));
    // "sales of Nokia 's phones rose": the owner of an object of a preposition does not
    Sentence t = parse("sales/sale/NNS/5/nsubj", "of/of/IN/4/case", "Nokia/Nokia/NNP/4/nmod:poss",
        "'s/'s/POS/2/case", "phones/phone/NNS/0/nmod", "rose/rise/VBD/-1/root");
    assertFalse(SubjectOwners.ownsSubject(t, new Span(13, 18, "Nokia")));
  }
}
