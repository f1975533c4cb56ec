package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * The preposition a verb takes its noun phrase with belongs to the verb: "warned of
 * consequences", "called for tariffs", "complained about the noise" report that someone warned
 * of, called for or complained about something, so a nominal statement's cue is "warn of" and
 * its content "consequences for Norway" (it reads "warned of: consequences …", not "warned:
 * of consequences …"). PolNeAR marks the preposition as part of the cue likewise.
 */
final class CuePreposition {
  /** Prepositions a verb of saying takes what it is about with ("warned of", "called for"). */
  private static final Set<String> TAKEN_WITH = ImmutableSet.of("of", "about", "for", "against",
      "on", "over");

  private CuePreposition() {}

  /**
   * The cue with the preposition that opens {@code content} and the content after it, or empty
   * when the content opens with no preposition of its head noun.
   *
   * @param cue the cue's lemma
   */
  static Optional<Moved> of(AnnotatedArticle article, Sentence s, String cue, Span content) {
    int first = s.tokenAt(content.begin());
    if (first < 0 || first + 1 >= s.tokens().size()) {
      return Optional.empty();
    }
    Token preposition = s.tokens().get(first);
    if (!preposition.pos().equals("IN") || !preposition.deprel().equals("case")
        || !TAKEN_WITH.contains(Clauses.lower(preposition.word()))
        || preposition.head() <= first
        || !Clauses.inside(content, s.tokens().get(preposition.head()))) {
      return Optional.empty();
    }
    // "said on Tuesday …": a time is when, not what
    String ner = s.tokens().get(preposition.head()).ner();
    if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION")) {
      return Optional.empty();
    }
    Token next = s.tokens().get(first + 1);
    if (next.begin() >= content.end()) {
      return Optional.empty();
    }
    return Optional.of(new Moved(cue + " " + Clauses.lower(preposition.word()),
        new Span(next.begin(), content.end(),
            article.text().substring(next.begin(), content.end()))));
  }

  /** A cue with its preposition, and the content without it. */
  record Moved(String cue, Span content) {}
}
