package org.newskg.attribute;

import java.util.List;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "The ministry claimed Ms Varga led the gang but her solicitor, Piet Moller, told the paper
 * it was absurd": "but" or "and" with a noun phrase right before a verb of saying that has no
 * other subject opens another speaker's statement, wherever the parser hung that verb (often
 * without a subject, or outside the clause altogether); the first speaker's content ends
 * before the coordinator.
 */
final class NextSpeaker {
  private static final Set<String> COORDINATORS = Set.of("but", "and", "while", "whereas");
  /** Words of a noun phrase ("some, particularly the CBI,"): no verb, no clause of its own. */
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "PRP$", "PRP", "POS", "JJ",
      "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", ",", "HYPH", "RB");

  private NextSpeaker() {}

  static ReportedClauses.Candidate cut(AnnotatedArticle article, ReportedClauses.Candidate c,
                                       Set<String> verbs) {
    Sentence s = c.sentence();
    List<Token> words = c.words();
    if (words.size() < 4 || c.cue().index() > words.get(0).index()) {
      return c;
    }
    List<Token> tokens = s.tokens();
    for (int i = 2; i < words.size(); i++) {
      Token coordinator = words.get(i);
      if (!COORDINATORS.contains(Clauses.lower(coordinator.word()))) {
        continue;
      }
      // the noun phrase after the coordinator, then the verb of saying
      int at = coordinator.index() + 1;
      boolean noun = false;
      while (at < tokens.size() && PHRASE_TAGS.contains(tokens.get(at).pos())) {
        noun |= tokens.get(at).pos().startsWith("NN") || tokens.get(at).pos().equals("PRP");
        at++;
      }
      if (!noun || at >= tokens.size() || at == coordinator.index() + 1) {
        continue;
      }
      Token verb = tokens.get(at);
      boolean finite = verb.pos().equals("VBD") || verb.pos().equals("VBZ")
          || verb.pos().equals("VBP");
      if (!finite || verb.index() == c.cue().index()
          || !verbs.contains(Clauses.lower(verb.lemma()))
          || s.dependents(verb.index()).stream().anyMatch(t -> t.deprel().startsWith("nsubj")
              && t.index() < coordinator.index())) {
        continue;
      }
      // the phrase must lie inside the content, or run right up to its end
      Token end = words.get(words.size() - 1);
      if (verb.index() > end.index() && tokens.subList(end.index() + 1, verb.index())
          .stream().anyMatch(t -> !t.pos().equals(","))) {
        continue;
      }
      return ReportedClauses.trimmed(article, words.subList(0, i)).map(c::withContent)
          .orElse(c);
    }
    return c;
  }
}
