package org.newskg.attribute;

import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * "Only 25% of Britons said …", "more than half of those asked said …": a share of people
 * that speaks is not the people (or the country) its "of" names, but that share of them, as
 * the words give it. Applied after attribution, like the other description steps.
 */
final class Shares {
  /** Words for a share of a whole. */
  private static final Set<String> SHARES = Set.of("%", "percent", "cent", "half", "third",
      "quarter", "fifth", "tenth", "proportion", "fraction");

  private static final Set<String> RESTRICTING = Set.of("only", "just", "even");

  private Shares() {}

  /** {@code s} with its speaker described as the share its mention is part of. */
  static Statement resolve(AnnotatedArticle article, Statement s) {
    if (s.speakerMention() == null) {
      return s;
    }
    Token head = Clauses.lastWordOf(article, s.speakerMention());
    Sentence sentence = head == null ? null : article.sentenceAt(head.begin());
    if (sentence == null) {
      return s;
    }
    // the share heads the subject ("25% of Britons"), or the parser hung the people from it
    Token share = head.deprel().startsWith("nmod") && head.head() >= 0
        && "of".equals(sentence.preposition(head.index()))
        ? sentence.tokens().get(head.head()) : head;
    if (!SHARES.contains(Clauses.lower(share.word())) || share.index() > head.index()
        || !shareOfSomething(sentence, share)) {
      return s;
    }
    int first = share.index();
    int last = share.index();
    for (Token t : sentence.tokens()) {
      if (ReportedClauses.under(sentence, t, share)) {
        first = Math.min(first, t.index());
        last = Math.max(last, t.index());
      }
    }
    // the words of the share, not the sentence's ("Only", a bracket)
    while (first < last && (!Character.isLetterOrDigit(sentence.tokens().get(first).word()
        .charAt(0)) || RESTRICTING.contains(Clauses.lower(sentence.tokens().get(first).word())))) {
      first++;
    }
    String words = article.text().substring(sentence.tokens().get(first).begin(),
        sentence.tokens().get(last).end());
    if (words.length() > 80) {
      return s;
    }
    return s.describedOnlyAs(words);
  }

  /** The share is of something ("25% of Britons"): "16% said" alone stays as it is. */
  private static boolean shareOfSomething(Sentence s, Token share) {
    return s.dependents(share.index()).stream().anyMatch(t -> t.deprel().startsWith("nmod")
        && "of".equals(s.preposition(t.index())));
  }
}
