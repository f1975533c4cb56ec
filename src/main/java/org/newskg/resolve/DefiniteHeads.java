package org.newskg.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newskg.extract.Span;

/**
 * "The Central Bank of Norland raised rates. … The Bank said": after its full name, news calls
 * an organization by the capitalized head noun of that name after "the" ("the Bank", "the
 * Commission", "the Fund"). Such a one-word mention is the organization named before it whose
 * head noun it is, when exactly one is.
 */
final class DefiniteHeads {
  private static final Pattern THE_BEFORE = Pattern.compile("(?:^|\\s)the\\s+$",
      Pattern.CASE_INSENSITIVE);

  private DefiniteHeads() {}

  /**
   * The index in {@code labels} (organization names in the order the article named them) of
   * the one whose head noun the mention is; empty when none or several are.
   */
  static Optional<Integer> organizationOf(String text, Span mention, String name,
                                          List<String> labels) {
    if (name.isEmpty() || name.contains(" ") || !Character.isUpperCase(name.charAt(0))
        || !THE_BEFORE.matcher(text.substring(Math.max(0, mention.begin() - 6),
            mention.begin())).find()) {
      return Optional.empty();
    }
    Integer found = null;
    for (int i = 0; i < labels.size(); i++) {
      if (name.equals(headNoun(labels.get(i)))) {
        if (found != null) {
          return Optional.empty();
        }
        found = i;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The noun a name is built on: the word before its first "of" ("Bank" of "Central Bank of
   * Norland"), else its last word ("Commission" of "European Commission"); none for one word.
   */
  static String headNoun(String label) {
    List<String> words = Names.words(label);
    if (words.size() < 2) {
      return "";
    }
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).toLowerCase(Locale.ROOT).equals("of")) {
        return words.get(i - 1);
      }
    }
    return words.get(words.size() - 1);
  }
}
