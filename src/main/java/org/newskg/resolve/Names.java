package org.newskg.resolve;

import com.google.common.base.Splitter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.data.WordList;

/** Name normalization: titles, possessives, articles, and keys for identity. */
public final class Names {
  private final Set<String> titles;

  private Names(Set<String> titles) {
    this.titles = titles;
  }

  /** Loads the title list from {@code resolve/titles.txt} on the classpath. */
  public static Names load() {
    return new Names(WordList.load("/resolve/titles.txt"));
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
    String s = surface.replaceAll("\\s+", " ").strip();
    s = s.replaceAll("^[\"“”'‘’]+|[\"“”'‘’]+$", "");
    s = s.replaceAll("(?:’s|'s|’|')$", "").strip();
    if (s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    List<String> words = new ArrayList<>(Splitter.on(' ').omitEmptyStrings().splitToList(s));
    // keep at least one word: "President" alone is not a name, but is not ours to drop here
    while (words.size() > 1 && isTitle(words.get(0))) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** Words of a cleaned name. */
  public static List<String> words(String name) {
    return Splitter.on(' ').omitEmptyStrings().splitToList(name);
  }

  /**
   * Lower-case ASCII key of a name: accents folded, letters Unicode does not decompose
   * transliterated ("Støre" is "store", not "stre"), punctuation dropped, words joined by '-'.
   * A pure-ASCII name keeps the key it always had.
   */
  public static String slug(String name) {
    String folded = withoutAccents(name).toLowerCase(Locale.ROOT)
        .replace("’", "").replace("'", "").replace(".", "");
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "unnamed" : slug;
  }

  /**
   * The name without accents, letters Unicode does not decompose transliterated ("Álvarez" →
   * "Alvarez", "Støre" → "Store"); case and punctuation stay.
   */
  public static String withoutAccents(String name) {
    return Normalizer.normalize(foldLetters(name), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
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
