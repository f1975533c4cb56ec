package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;

/** What kind of quotation a quote is: someone's clause, a fragment, a title. */
final class Kinds {
  /** Nouns before a quote that make it a title ("the book “…”"), not someone's words. */
  private static final Set<String> TITLE_CUES = ImmutableSet.of("book", "books", "novel",
      "memoir", "film", "films", "movie", "documentary", "song", "album", "show", "series",
      "play", "opera", "operation", "podcast", "programme", "program", "exhibition", "titled",
      "entitled", "dubbed", "nicknamed", "codenamed", "code-named", "bestseller", "musical",
      "episode", "poem", "painting", "essay", "column", "sitcom", "drama", "thriller");

  private Kinds() {}

  /**
   * A title ("the book “A Promised Land”", "Operation “Spring Storm”"): every word of substance
   * capitalised, no final punctuation, and a title noun ("book", "film", "operation", "titled")
   * among the few words before it.
   */
  static boolean isTitle(AnnotatedArticle article, Quote quote) {
    String words = quote.inner().text().strip();
    String[] parts = words.split("\\s+");
    if (parts.length > 12 || words.matches("(?s).*[.!?,;:]$")) {
      return false;
    }
    for (String w : parts) {
      if (w.length() > 3 && !Character.isUpperCase(w.codePointAt(0))
          && !Character.isDigit(w.codePointAt(0))) {
        return false;
      }
    }
    String before = article.text().substring(Math.max(0, quote.outer().begin() - 40),
        quote.outer().begin());
    int line = before.lastIndexOf('\n');
    String[] lead = Clauses.lower(before.substring(line + 1)).split("[^\\p{L}-]+");
    for (int i = Math.max(0, lead.length - 4); i < lead.length; i++) {
      if (TITLE_CUES.contains(lead[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "direct" when the quote stands as its own clause (at the start of a paragraph, or after a
   * colon or comma and starting with a capital); "partial" when it is woven into the
   * reporter's sentence ("pledged “regular and predictable” help").
   */
  static String kindOf(AnnotatedArticle article, Quote quote) {
    String text = article.text();
    int i = quote.outer().begin() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    char first = quote.inner().text().charAt(0);
    if (i < 0 || text.charAt(i) == '\n') {
      return Statement.KIND_DIRECT;
    }
    char before = text.charAt(i);
    if ((before == ':' || before == ',' || before == '—' || before == '.')
        && !Character.isLowerCase(first)) {
      return Statement.KIND_DIRECT;
    }
    return Statement.KIND_PARTIAL;
  }
}
