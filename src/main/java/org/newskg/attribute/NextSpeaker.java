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
 * before the coordinator. So does a comma before a pronoun or a name with its own verb of
 * saying and its words after it ("although Baros insisted the rumours were false, he admitted
 * anything was possible"); words it quotes are its quotation's, and the rules for quotes
 * decide them.
 */
final class NextSpeaker {
  private static final Set<String> COORDINATORS = Set.of("but", "and", "while", "whereas");
  /** Words of a noun phrase ("some, particularly the CBI,"): no verb, no clause of its own. */
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "PRP$", "PRP", "POS", "JJ",
      "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", ",", "HYPH", "RB");

  /** Marks after a verb of saying that set it off as an aside or end the sentence. */
  private static final Set<String> PAUSES = Set.of(",", ".", "-", "--", "—", "–", ";", ")");

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
      boolean comma = coordinator.word().equals(",");
      if (!COORDINATORS.contains(Clauses.lower(coordinator.word())) && !comma) {
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
      // after a comma, a pronoun's or a name's verb of saying with words of its own after it
      // ("…, he admitted anything was possible"), not one set off as an aside ("…, he added,
      // was …") nor one that quotes (its quotation's rules decide)
      if (comma && !(at == coordinator.index() + 2 && (tokens.get(at - 1).pos().equals("PRP")
          || tokens.get(at - 1).pos().startsWith("NNP")) && at + 1 < tokens.size()
          && !PAUSES.contains(tokens.get(at + 1).word())
          && !tokens.get(at + 1).pos().equals("``"))) {
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
