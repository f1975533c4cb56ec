package org.newskg.resolve;

import com.google.common.base.Splitter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.data.WordList;

/** Name normalization: titles, possessives, articles, and keys for identity. */
public final class Names {
  /** Honorifics before a person's name, lower case, without their dots ("Mr", "Dame"). */
  public static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir",
      "dame", "lord", "lady", "prof", "professor");
  /** Generational suffixes after a surname ("Martin Luther King Jr."), without their dots. */
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  // compiled once: names are cleaned and keyed for every mention of every article
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’]+$");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:’s|'s|’|')$");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** A name's words: one space apart in a cleaned name, empty ones left out. */
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();

  private final Set<String> titles;
  private final Set<String> styles;

  private Names(Set<String> titles, Set<String> styles) {
    this.titles = titles;
    this.styles = styles;
  }

  /**
   * Loads the title list from {@code resolve/titles.txt} and the styles (titles that stay
   * before a single name) from {@code resolve/styles.txt} on the classpath.
   */
  public static Names load() {
    return new Names(WordList.load("/resolve/titles.txt"), WordList.load("/resolve/styles.txt"));
  }

  /**
   * True if {@code word} ("Prince", "Lord", "Sir") is a title that stays part of a name when
   * one name follows it: "Prince Charles" is a prince's given name, not a surname.
   */
  public boolean isStyle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return styles.contains(w);
  }

  /**
   * The name of a person as a label, from the mention with the title before it
   * ({@code surface}) and its cleaned name: the cleaned name, but a style and one name stay
   * together ("Prince Charles", "Sir Alex").
   */
  public String personName(String surface, String name) {
    if (words(name).size() != 1) {
      return name;
    }
    List<String> surfaceWords = words(SPACES.matcher(surface).replaceAll(" ").strip());
    if (surfaceWords.size() == 2 && isStyle(surfaceWords.get(0))
        && Character.isUpperCase(surfaceWords.get(0).codePointAt(0))) {
      String first = surfaceWords.get(0);
      String style = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
      return style + " " + name;
    }
    return name;
  }

  /**
   * True if the first word of a name is a style ({@link #isStyle}) and one name follows:
   * "Prince Charles", not "Prince William Windsor".
   */
  public boolean isStyled(String name) {
    List<String> w = words(name);
    return w.size() == 2 && isStyle(w.get(0));
  }

  /** The words of a name without a trailing generational suffix ("Jr", "III"). */
  public static List<String> withoutSuffix(List<String> words) {
    int n = words.size();
    while (n > 1 && SUFFIXES.contains(words.get(n - 1).toLowerCase(Locale.ROOT)
        .replace(".", "").replace(",", ""))) {
      n--;
    }
    return words.subList(0, n);
  }

  /** True if {@code word} ("Mr.", "President", "gen") is a title or honorific. */
  public boolean isTitle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return titles.contains(w);
  }

  /**
   * The name as a label: quotes, a leading "the", a trailing possessive and leading titles
   * removed, whitespace collapsed. "President Donald J. Trump’s" becomes "Donald J. Trump".
   */
  public String clean(String surface) {
    List<String> words = new ArrayList<>(WORDS.splitToList(cleanNonPerson(surface)));
    // keep at least one word: "President" alone is not a name, but is not ours to drop here
    while (words.size() > 1 && isTitle(words.get(0))) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /**
   * The name of an organization or a place as a label: like {@link #clean}, but a title word
   * stays, for there it is part of the name ("General Motors", "Prince Edward Island").
   */
  public String cleanNonPerson(String surface) {
    if (isPlainAscii(surface)) {
      // no quotes, apostrophes or runs of spaces to take off: only a leading "the"
      return surface.regionMatches(true, 0, "the ", 0, 4) ? surface.substring(4) : surface;
    }
    String s = SPACES.matcher(surface).replaceAll(" ").strip();
    s = EDGE_QUOTES.matcher(s).replaceAll("");
    s = POSSESSIVE.matcher(s).replaceAll("").strip();
    if (s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    return String.join(" ", WORDS.splitToList(s));
  }

  /** Printable ASCII without quotes or apostrophes, in words one space apart. */
  private static boolean isPlainAscii(String s) {
    if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > '~' || c < ' ' || c == '"' || c == '\'' || c == ' ' && s.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  /** Words of a cleaned name. */
  public static List<String> words(String name) {
    return WORDS.splitToList(name);
  }

  /**
   * Lower-case ASCII key of a name: accents folded, letters Unicode does not decompose
   * transliterated ("Støre" is "store", not "stre"), punctuation dropped, words joined by '-'.
   * A pure-ASCII name keeps the key it always had.
   */
  public static String slug(String name) {
    String folded = withoutAccents(name).toLowerCase(Locale.ROOT)
        .replace("’", "").replace("'", "").replace(".", "");
    String slug = EDGE_DASHES.matcher(NOT_ALPHANUMERIC.matcher(folded).replaceAll("-"))
        .replaceAll("");
    return slug.isEmpty() ? "unnamed" : slug;
  }

  /**
   * The name without accents, letters Unicode does not decompose transliterated ("Álvarez" →
   * "Alvarez", "Støre" → "Store"); case and punctuation stay.
   */
  public static String withoutAccents(String name) {
    if (isAscii(name)) {
      // nothing to fold, decompose or drop
      return name;
    }
    return MARKS.matcher(Normalizer.normalize(foldLetters(name), Normalizer.Form.NFD))
        .replaceAll("");
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Letters that NFD leaves whole, as news in English spells them ("Tromsø" → "Tromso"). */
  private static String foldLetters(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      b.append(switch (c) {
        case 'ø', 'Ø' -> "o";
        case 'æ', 'Æ' -> "ae";
        case 'œ', 'Œ' -> "oe";
        case 'ß', 'ẞ' -> "ss";
        case 'ł', 'Ł' -> "l";
        case 'đ', 'Đ', 'ð', 'Ð' -> "d";
        case 'þ', 'Þ' -> "th";
        case 'ı' -> "i";
        case 'ħ', 'Ħ' -> "h";
        default -> String.valueOf(c);
      });
    }
    return b.toString();
  }
}
