package org.newskg.source;

import com.google.common.base.CharMatcher;
import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a UTF-8 {@code .txt} file of one or more articles, one paragraph per line.
 *
 * <p>The format is that of a scraped news page dump: an optional line {@code Publisher
 * yyyy-MM-dd HH:mm:ss} that applies to the articles after it; per article an optional
 * title-case headline and body paragraphs; paywall notices, page chrome and reporting credits
 * between articles (see {@code source/boilerplate.txt}). Those notices are dropped and separate
 * articles. A plain file whose first line is a short unpunctuated line (BBC style) has that line
 * as headline.
 */
public final class TxtArticleReader implements ArticleReader {
  /** Larger files are refused: a file is held in memory, and no real article file is this big. */
  static final long MAX_BYTES = 256L << 20;
  /** Headlines are short; a longer line is a paragraph. */
  static final int MAX_HEADLINE_WORDS = 15;

  private static final CharMatcher SPACE = CharMatcher.whitespace();
  private static final Splitter WORDS = Splitter.on(SPACE).omitEmptyStrings();
  private static final Joiner PARAGRAPHS = Joiner.on('\n');
  // "The New York Times 2025-03-07 12:11:58": a name, a date, an optional time, nothing else
  private static final Pattern PUBLISHER_LINE = Pattern.compile(
      "(\\p{L}[\\p{L}\\p{N}&'’. -]{0,80}?)\\s+"
          + "(\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?)");
  // a dateline's label is not a publisher
  private static final ImmutableSet<String> NOT_PUBLISHERS = ImmutableSet.of(
      "published", "updated", "posted", "last updated", "modified", "date", "as of", "on");
  private static final String BULLETS = "•·▪◦‣*-–—>";
  private static final String CLOSERS = "'’\"”)]»";
  private static final String OPENERS = "“\"«";

  private final Boilerplate boilerplate;

  @Override
  public ArticleFormat format() {
    return ArticleFormat.TXT;
  }

  /** A reader with the boilerplate patterns shipped in the jar. */
  public TxtArticleReader() {
    this(Boilerplate.load());
  }

  TxtArticleReader(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /**
   * Reads one file. Never throws for bad input: an unreadable, non-UTF-8, binary or empty file
   * is one {@code problem} for the file and no articles.
   */
  @Override
  public void read(Path file, ArticleDefaults defaults, ArticleSink sink) {
    String name = file.toString();
    String text;
    try {
      TextFiles.sizeWithin(file, MAX_BYTES);
      byte[] bytes = Files.readAllBytes(file);
      text = TextFiles.decodeUtf8(bytes, 0, bytes.length);
      TextFiles.checkNotBinary(text, 1);
    } catch (IOException | TextFiles.NotText e) {
      sink.problem(name, TextFiles.problem(e));
      return;
    }
    parse(name, text, defaults, sink);
  }

  /** Splits already decoded text into articles; {@code name} prefixes the origins. */
  void parse(String name, String text, ArticleDefaults defaults, ArticleSink sink) {
    ArticleDefaults d = defaults == null ? ArticleDefaults.NONE : defaults;
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = t.lines().map(SPACE::trimFrom).toList();
    List<Kind> kinds = new ArrayList<>(lines.size());
    for (String line : lines) {
      kinds.add(classify(line));
    }

    // Without any publisher line or notice the file is one article (BBC style): its short
    // title-like lines are subheads or table rows, not the headlines of further articles.
    boolean multi = kinds.contains(Kind.PUBLISHER) || kinds.contains(Kind.DROP);
    String publisher = d.publisher();
    String published = d.published();
    String headline = null;
    List<String> body = new ArrayList<>();
    int bodyLine = 0;
    boolean seenText = false;
    boolean anyContent = false;
    int emitted = 0;

    for (int i = 0; i <= lines.size(); i++) {
      Kind kind = i < lines.size() ? kinds.get(i) : Kind.PUBLISHER;
      if (kind == Kind.BLANK) {
        continue;
      }
      String line = i < lines.size() ? lines.get(i) : "";
      if (kind == Kind.TEXT && !body.isEmpty()
          && !isHeadlineAt(lines, kinds, i, false, true, multi)) {
        body.add(line);
        continue;
      }
      // every other line ends the article being read, if it has any text
      if (!body.isEmpty()) {
        sink.article(new Article(null, null, CharacterReferences.decode(headline), publisher,
            published, CharacterReferences.decode(PARAGRAPHS.join(body)), name + ":" + bodyLine));
        emitted++;
        body.clear();
        headline = null;
      }
      if (i == lines.size()) {
        break;
      }
      anyContent = true;
      switch (kind) {
        case PUBLISHER -> {
          headline = null;
          Matcher m = PUBLISHER_LINE.matcher(line);
          m.matches();
          publisher = m.group(1).strip();
          try {
            published = PublishedDates.normalize(m.group(2));
          } catch (IllegalArgumentException e) {
            sink.problem(name + ":" + (i + 1), "publisher line: " + e.getMessage());
            published = d.published();
          }
        }
        case DROP -> {
          // a notice between a headline and its text keeps the headline
        }
        case TEXT -> {
          boolean first = !seenText;
          seenText = true;
          if (isHeadlineAt(lines, kinds, i, first, false, multi)) {
            headline = line;
          } else {
            body.add(line);
            bodyLine = i + 1;
          }
        }
        default -> throw new AssertionError(kind);
      }
    }
    if (!anyContent) {
      sink.problem(name, "empty file");
    } else if (emitted == 0) {
      sink.problem(name, "no article text (only headlines, notices or publisher lines)");
    }
  }

  private enum Kind { BLANK, PUBLISHER, DROP, TEXT }

  private Kind classify(String line) {
    if (line.isEmpty()) {
      return Kind.BLANK;
    }
    if (isPublisherLine(line)) {
      return Kind.PUBLISHER;
    }
    return boilerplate.matches(line) ? Kind.DROP : Kind.TEXT;
  }

  static boolean isPublisherLine(String line) {
    Matcher m = PUBLISHER_LINE.matcher(line);
    if (!m.matches()) {
      return false;
    }
    String publisher = m.group(1).strip();
    List<String> words = WORDS.splitToList(publisher);
    // a name is capitalised: "He was born on 1990-01-01" is a sentence, not a publisher
    return words.size() <= 8 && words.stream().allMatch(w -> w.length() < 4
        || !Character.isLowerCase(w.codePointAt(0)))
        && !NOT_PUBLISHERS.contains(publisher.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether text line {@code i} is a headline. Inside an article ({@code inBody}) only a
   * title-case line followed by text is (it starts the next article); between articles any
   * title-case line is, and a later one replaces it (a kicker above the real headline), so a
   * headline that never gets text is dropped instead of becoming a one-line article.
   */
  private static boolean isHeadlineAt(List<String> lines, List<Kind> kinds, int i,
                                      boolean firstText, boolean inBody, boolean multi) {
    String line = lines.get(i);
    if (!multi) {
      return firstText && isFirstLineHeadline(line)
          && kinds.subList(i + 1, kinds.size()).contains(Kind.TEXT);
    }
    if (inBody) {
      return isHeadline(line) && followedByText(lines, kinds, i);
    }
    return isHeadline(line)
        || (firstText && isFirstLineHeadline(line) && followedByText(lines, kinds, i));
  }

  /** The next line that is not blank or a notice is article text, not another headline. */
  private static boolean followedByText(List<String> lines, List<Kind> kinds, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      switch (kinds.get(j)) {
        case BLANK, DROP -> {
          continue;
        }
        case TEXT -> {
          return !isHeadline(lines.get(j));
        }
        default -> {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * A headline inside a file: short, title case, no final punctuation, not a bullet or a
   * quotation. Keeps "Here’s what you need to know:" and "• Israel and Hamas are …" in the body.
   */
  static boolean isHeadline(String line) {
    List<String> words = WORDS.splitToList(line);
    if (words.size() < 2 || words.size() > MAX_HEADLINE_WORDS || isBullet(line)
        || OPENERS.indexOf(line.charAt(0)) >= 0) {
      return false;
    }
    int first = line.codePointAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '‘'
        && first != '\'') {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last == '”' || last == '"') {
      return false;
    }
    String core = CharMatcher.anyOf(CLOSERS).trimTrailingFrom(line);
    if (core.isEmpty() || ".!?:;,…".indexOf(core.charAt(core.length() - 1)) >= 0) {
      return false;
    }
    return isTitleCase(words);
  }

  /**
   * The first line of a file as headline (BBC style: {@code Abbas 'will not tolerate' attacks},
   * {@code Could rivalry overshadow election?}): short, not a bullet, and not ending a sentence
   * with . ! : ; , — a question mark or an ellipsis is allowed, capitalisation is not required.
   */
  static boolean isFirstLineHeadline(String line) {
    List<String> words = WORDS.splitToList(line);
    if (words.isEmpty() || words.size() > MAX_HEADLINE_WORDS || isBullet(line)) {
      return false;
    }
    String core = CharMatcher.anyOf(CLOSERS).trimTrailingFrom(line);
    if (core.isEmpty() || core.endsWith("...") || core.endsWith("…")) {
      return !core.isEmpty();
    }
    return ".!:;,".indexOf(core.charAt(core.length() - 1)) < 0;
  }

  /** At least three quarters of the words of four or more letters start with a capital. */
  static boolean isTitleCase(List<String> words) {
    int longWords = 0;
    int capitalised = 0;
    for (String w : words) {
      int letters = 0;
      int firstLetter = -1;
      for (int k = 0; k < w.length(); k++) {
        if (Character.isLetter(w.charAt(k))) {
          letters++;
          if (firstLetter < 0) {
            firstLetter = w.charAt(k);
          }
        }
      }
      if (letters >= 4) {
        longWords++;
        if (Character.isUpperCase(firstLetter)) {
          capitalised++;
        }
      }
    }
    return longWords > 0 && capitalised * 4 >= longWords * 3;
  }

  private static boolean isBullet(String line) {
    return BULLETS.indexOf(line.charAt(0)) >= 0 || line.matches("\\d{1,3}[.)]\\s.*");
  }
}
