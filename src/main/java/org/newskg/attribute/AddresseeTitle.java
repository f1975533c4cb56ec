package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "told the station's Morning with Bergen show the funds would not be cut": the name of whom a
 * verb like "tell" addresses may hold a preposition ("Breakfast with X", "Evening at Y"); the
 * parser then ends the addressee at the preposition. A reported clause that opens with a
 * preposition and a capitalised word right after a capitalised addressee still holds the name:
 * it starts after the name's capitalised words and the noun that heads them ("show") when a
 * noun phrase follows.
 */
final class AddresseeTitle {
  /** What opens a noun phrase: the clause's subject after the name. */
  private static final Set<String> OPENERS = Set.of("DT", "PRP", "PRP$", "CD", "NNP", "NNPS");

  private AddresseeTitle() {}

  static ReportedClauses.Candidate cut(AnnotatedArticle article, ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    List<Token> words = c.words();
    Token cue = c.cue();
    if (words.size() < 5 || !ReportedClauses.ADDRESSED.contains(Clauses.lower(cue.lemma()))
        || words.get(0).index() <= cue.index() + 1) {
      return c;
    }
    Token preposition = words.get(0);
    Token before = s.tokens().get(preposition.index() - 1);
    if (!preposition.pos().equals("IN") || !Character.isLowerCase(preposition.word().charAt(0))
        || !capitalised(before) || !capitalised(words.get(1))
        || s.dependents(cue.index()).stream().noneMatch(o -> (o.deprel().equals("obj")
            || o.deprel().equals("iobj")) && ReportedClauses.under(s, before, o))) {
      return c;
    }
    int k = 1;
    while (k < words.size() && capitalised(words.get(k))) {
      k++;
    }
    // the name's head noun ("show", "programme") before the clause's own subject
    if (k + 1 < words.size() && Character.isLowerCase(words.get(k).word().charAt(0))
        && OPENERS.contains(words.get(k + 1).pos())) {
      k++;
    }
    return ReportedClauses.trimmed(article, words.subList(k, words.size())).map(c::withContent)
        .orElse(c);
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.word().charAt(0));
  }
}
