package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "…, and the club dropped him after declaring his form poor": a participle that a
 * subordinating word introduces ("after", "before", "while", "by", "without", …) is an
 * adverbial of the verb it modifies, and has that verb's subject, not the sentence's first
 * clause's (which the participles of a main clause share: "…, calling it …").
 */
final class AdverbialParticiple {
  /** Words that introduce an adverbial participle clause. */
  static final Set<String> SUBORDINATORS = ImmutableSet.of("after", "before", "while", "by",
      "without", "since", "upon", "on", "when", "despite", "whilst", "through", "in");

  private AdverbialParticiple() {}

  /**
   * The subject of the verb the participle's clause modifies, when {@code verb} is a
   * participle introduced by a subordinating word; else null.
   */
  static Token speaker(AnnotatedArticle article, Sentence sentence, Token verb, Quote quote) {
    if (!verb.pos().equals("VBG") || !introduced(sentence, verb)) {
      return null;
    }
    return Clauses.governingSubject(article, sentence, verb, quote);
  }

  /** The word right before the participle is a subordinator it or its head hangs from. */
  private static boolean introduced(Sentence sentence, Token verb) {
    if (verb.index() == 0) {
      return false;
    }
    Token before = sentence.tokens().get(verb.index() - 1);
    boolean linked = before.head() == verb.index() || verb.head() == before.index();
    return linked && SUBORDINATORS.contains(Clauses.lower(before.word()))
        && (before.pos().equals("IN") || before.pos().equals("RB") || before.pos().equals("WRB"));
  }
}
