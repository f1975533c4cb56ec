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
  static final Set<String> SHARES = Set.of("%", "percent", "cent", "half", "third",
      "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "proportion", "fraction",
      "average", "majority", "minority");
  /** How a share word hangs from the people it is a share of: "half those pupils". */
  private static final Set<String> PART_OF = Set.of("nummod", "det", "det:predet");
  /** Relations of words that open the phrase, not the share: "according to". */
  private static final Set<String> OPENERS = Set.of("case", "fixed", "mark", "cc", "punct");

  /** Participles that tell how the people were asked: "those asked in a poll for …". */
  private static final Set<String> ASKED = Set.of("ask", "poll", "question", "survey",
      "interview");

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
    // "nearly half those pupils polled": the share a word before the people
    boolean sharedPeople = share == head && head.pos().equals("NNS")
        && sentence.dependents(head.index()).stream().anyMatch(t -> t.index() < head.index()
            && SHARES.contains(Clauses.lower(t.word())) && PART_OF.contains(t.deprel()));
    if (!sharedPeople && (!SHARES.contains(Clauses.lower(share.word()))
        || share.index() > head.index() || !shareOfSomething(sentence, share))) {
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
    // "more than half of those asked in a poll for Calltel said": how they were asked, which
    // the parser may make the clause the share is the subject of
    int said = sentence.tokenAt(s.quote().inner().begin());
    if (last + 1 < sentence.tokens().size() && last + 1 < said) {
      Token asked = sentence.tokens().get(last + 1);
      if (asked.pos().equals("VBN") && ASKED.contains(Clauses.lower(asked.lemma()))) {
        for (int i = last + 1; i < said
            && (i == asked.index() || ReportedClauses.under(sentence, sentence.tokens().get(i),
                asked) && !sentence.tokens().get(i).word().equals(",")); i++) {
          last = i;
        }
      }
    }
    // the words of the share, not the sentence's ("Only", a bracket)
    while (first < last && (!Character.isLetterOrDigit(sentence.tokens().get(first).word()
        .charAt(0)) || RESTRICTING.contains(Clauses.lower(sentence.tokens().get(first).word()))
        || OPENERS.contains(sentence.tokens().get(first).deprel()))) {
      first++;
    }
    while (last > first && !Character.isLetterOrDigit(sentence.tokens().get(last).word()
        .charAt(0)) && !sentence.tokens().get(last).word().equals(")")) {
      last--;
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
