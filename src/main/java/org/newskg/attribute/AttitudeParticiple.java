package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "Mr Berg said it was too soon to judge, hoping only that the truth comes out": a participle
 * of hope or fear after a comma, without a subject of its own, tells the speaker's attitude as
 * the writer saw it, not what was said; the reported clause ends before it. (Participles of
 * saying there are candidates of their own.)
 */
final class AttitudeParticiple {
  private static final Set<String> ATTITUDES = Set.of("hope", "wish", "fear");

  private AttitudeParticiple() {}

  static ReportedClauses.Candidate cut(AnnotatedArticle article, ReportedClauses.Candidate c) {
    Sentence s = c.sentence();
    List<Token> words = c.words();
    for (int i = 2; i + 1 < words.size(); i++) {
      Token participle = words.get(i + 1);
      if (words.get(i).word().equals(",") && participle.pos().equals("VBG")
          && ATTITUDES.contains(Clauses.lower(participle.lemma()))
          && s.dependents(participle.index()).stream()
              .noneMatch(t -> t.deprel().startsWith("nsubj"))) {
        return ReportedClauses.trimmed(article, words.subList(0, i)).map(c::withContent)
            .orElse(c);
      }
    }
    return c;
  }
}
