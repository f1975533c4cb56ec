package org.newskg.attribute;

import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;

/**
 * Quoted phrases listed one after another ("as the senator went on about “the broken
 * roads,” “the empty clinics” and “our forgotten towns,” the crowd cheered"): a list of
 * quotations joined by "and" or "or" in one sentence is one source's words, whoever the clause
 * around the last item names. Each item after the first shares the first one's attribution
 * (or, for a list of coined terms, its having none).
 */
final class QuoteLists {
  /** Nothing between two quotations but a comma, "and" or "or". */
  private static final Pattern JOINED = Pattern.compile("[\\s,;]*(?:(?:and|or)[\\s,]*)?");

  private QuoteLists() {}

  /**
   * True when {@code quote} is the next item of a list that {@code previous}'s quote belongs
   * to: both fragments woven into the reporter's sentence, in one sentence and paragraph, with
   * nothing between them but a comma or a conjunction.
   */
  static boolean continues(AnnotatedArticle article, Statement previous, Quote quote,
                           String kind) {
    Quote before = previous.quote();
    if (before.index() < 0 || !kind.equals(Statement.KIND_PARTIAL)
        || !(previous.kind().equals(Statement.KIND_PARTIAL)
            || previous.kind().equals(Statement.KIND_TERM))
        || before.sentenceTo() != quote.sentenceFrom()) {
      return false;
    }
    int from = before.outer().end();
    int to = quote.outer().begin();
    if (to <= from) {
      return false;
    }
    String between = article.text().substring(from, to);
    // a bare space joins nothing: two quotations side by side may be two voices
    return between.indexOf('\n') < 0 && JOINED.matcher(between).matches()
        && !between.isBlank();
  }
}
