package org.newskg.attribute;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Quote;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/** What kind of quotation a quote is: someone's clause, a fragment, a title. */
final class Kinds {
  // compiled once: read for every quote
  private static final Pattern FINAL_STOP = Pattern.compile("[.,]$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ENDS_PUNCTUATED = Pattern.compile("(?s).*[.!?,;:]$");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]+");
  private static final Pattern NAME_LETTERS = Pattern.compile("[\\p{L}\\p{M}'’.\\- ]+");

  /** Nouns before a quote that make it a title ("the book “…”"), not someone's words. */
  private static final Set<String> TITLE_CUES = ImmutableSet.of("book", "books", "novel",
      "memoir", "film", "films", "movie", "documentary", "song", "album", "show", "series",
      "play", "opera", "operation", "podcast", "programme", "program", "exhibition", "titled",
      "entitled", "dubbed", "nicknamed", "codenamed", "code-named", "bestseller", "musical",
      "episode", "poem", "painting", "essay", "column", "sitcom", "drama", "thriller",
      "broadcast", "anthem", "hymn", "edition", "magazine", "newsletter");

  private Kinds() {}

  /**
   * A title ("the book “A Promised Land”", "Operation “Spring Storm”", "MSNBC’s “Morning
   * Joe”", "said on “Face the Nation,”"): every word of substance capitalised, no final
   * punctuation but the comma or full stop American style puts inside the marks, and before it
   * a title noun ("book", "film", "operation", "titled") among the few words, an
   * organization's possessive (a broadcaster's programme) or "on".
   */
  static boolean isTitle(AnnotatedArticle article, Quote quote) {
    if (isNickname(article, quote)) {
      return true;
    }
    String words = FINAL_STOP.matcher(quote.inner().text().strip()).replaceFirst("");
    String[] parts = SPACES.split(words);
    if (words.isEmpty() || parts.length > 12 || ENDS_PUNCTUATED.matcher(words).matches()) {
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
    String[] lead = NOT_WORD.split(Clauses.lower(before.substring(line + 1)));
    for (int i = Math.max(0, lead.length - 4); i < lead.length; i++) {
      if (TITLE_CUES.contains(lead[i])) {
        return true;
      }
    }
    return lead.length > 0 && lead[lead.length - 1].equals("on") && before.endsWith(" ")
        || organizationPossessive(article, quote);
  }

  /**
   * A nickname inside a name (Marcia “Cia” Price, Dwayne “The Rock” Johnson): one to three
   * capitalised words between a capitalised word and another, each a space away from the
   * marks. Part of a name, nobody's words.
   */
  static boolean isNickname(AnnotatedArticle article, Quote quote) {
    String words = quote.inner().text().strip();
    String[] parts = SPACES.split(words);
    if (words.isEmpty() || parts.length > 3 || !NAME_LETTERS.matcher(words).matches()) {
      return false;
    }
    for (String w : parts) {
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    String text = article.text();
    int b = quote.outer().begin();
    int e = quote.outer().end();
    if (b < 2 || e + 1 >= text.length() || text.charAt(b - 1) != ' ' || text.charAt(e) != ' ') {
      return false;
    }
    if (!Character.isUpperCase(text.codePointAt(e + 1)) || !capitalisedWordEndsAt(text, b - 1)) {
      return false;
    }
    // not in a headline's title case ("Mayor Calls Plan “Reckless” Again"), where every word
    // is capitalised
    Sentence s = article.sentenceAt(quote.inner().begin());
    return s != null && s.tokens().stream().filter(t -> t.word().length() > 3
        && Character.isLowerCase(t.word().codePointAt(0))).count() >= 2;
  }

  /** A capitalised word of letters ends right before {@code end}. */
  private static boolean capitalisedWordEndsAt(String text, int end) {
    int i = end;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    return i < end && Character.isUpperCase(text.charAt(i))
        && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
  }

  /** An organization's possessive right before the quote: "CNN’s “State of the Union.”" */
  private static boolean organizationPossessive(AnnotatedArticle article, Quote quote) {
    Sentence s = article.sentenceAt(quote.inner().begin());
    if (s == null) {
      return false;
    }
    Token possessive = null;
    for (Token t : s.tokens()) {
      if (t.end() <= quote.outer().begin() && !t.pos().equals("``")) {
        possessive = t;
      }
    }
    if (possessive == null || !possessive.pos().equals("POS") || possessive.index() == 0) {
      return false;
    }
    Token owner = s.tokens().get(possessive.index() - 1);
    return owner.ner().equals("ORGANIZATION")
        || owner.word().length() > 1 && owner.word().equals(owner.word().toUpperCase());
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
