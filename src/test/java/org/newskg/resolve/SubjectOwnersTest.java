package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/** An organization owning a clause's subject is what a later "it said" can refer back to. */
class SubjectOwnersTest {
  private static Sentence parse(String... tokens) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String spec : tokens) {
      String[] f = spec.split("/");
      out.add(new Token(out.size(), at, at + f[0].length(), f[0], f[1], f[2], "O",
          Integer.parseInt(f[3]), f[4]));
      at += f[0].length() + 1;
    }
    return new Sentence(0, 0, at - 1, 0, out);
  }

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
