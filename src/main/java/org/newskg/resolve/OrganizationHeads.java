package org.newskg.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.EntityMention;

/**
 * "Nordhavn Shipping cut 300 jobs. … Nordhavn said": a firm is called by the first word of its
 * name, which the recognizer then takes for a person's surname. A one-word PERSON mention
 * with no title that the article also tags an organization, or that begins exactly one
 * organization name the article tags, names that organization, unless the article names a
 * person in full with that word ("Anna Nordhavn"). A one-word ORGANIZATION mention is the
 * firm too when the one longer name it begins only adds what line of business the firm is in
 * ("Nordhavn Shipping", "Nordhavn Airlines"); a longer name that adds a place or a part
 * ("Nordhavn UK", "Nordhavn Radio") is another body than the word alone.
 */
final class OrganizationHeads {
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");
  /** Last words of a firm's name that say only what it does or what kind of company it is. */
  static final Set<String> BUSINESS_WORDS = Set.of("energy", "airlines", "airways",
      "communications", "research", "breweries", "brewery", "shipping", "motors", "holdings",
      "corporation", "corp", "inc", "co", "plc", "ltd", "industries", "technologies",
      "systems", "software", "networks", "pharmaceuticals", "telecom", "entertainment", "oil",
      "petroleum", "mining", "resources", "steel", "foods", "electronics", "securities");

  private OrganizationHeads() {}

  /**
   * The organization name the one-word PERSON mention {@code m} stands for: the longer name it
   * begins, else the word itself when tagged an organization elsewhere; for a one-word
   * ORGANIZATION mention, the longer name when it only adds the firm's business; empty
   * otherwise.
   */
  static Optional<String> organizationOf(AnnotatedArticle article, EntityMention m, String name,
                                         String surface) {
    if (m.type().equals("ORGANIZATION")) {
      return firmOf(article, name, surface, m);
    }
    if (!m.type().equals("PERSON") || name.contains(" ") || name.length() < 2
        || !surface.equals(m.span().text()) || inPersonsName(article, name, 2)) {
      return Optional.empty();
    }
    Set<String> longer = longerNames(article, name);
    if (longer.size() == 1) {
      return Optional.of(longer.iterator().next());
    }
    boolean tagged = article.entities().stream().anyMatch(e ->
        e.type().equals("ORGANIZATION") && e.span().text().strip().equals(name));
    return longer.isEmpty() && tagged ? Optional.of(name) : Optional.empty();
  }

  /**
   * "Cairn" for "Cairn Energy": the one longer organization name the word begins, when every
   * word it adds is a {@link #BUSINESS_WORDS business word} and no person's name holds the
   * word.
   */
  private static Optional<String> firmOf(AnnotatedArticle article, String name, String surface,
                                         EntityMention m) {
    if (name.contains(" ") || name.length() < 2 || !surface.equals(m.span().text())
        || !Character.isUpperCase(name.charAt(0))) {
      return Optional.empty();
    }
    Set<String> longer = longerNames(article, name);
    if (inPersonsName(article, name, 1) || longer.size() != 1) {
      return Optional.empty();
    }
    String full = longer.iterator().next();
    for (String w : WORD_BREAKS.split(full.substring(name.length() + 1))) {
      if (!BUSINESS_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
        return Optional.empty();
      }
    }
    return Optional.of(full);
  }

  /** A person's name the article tags, of at least {@code words} words, holds the word. */
  private static boolean inPersonsName(AnnotatedArticle article, String name, int words) {
    for (EntityMention e : article.entities()) {
      // a full name holding the word holds its characters: only those are split into words
      String text = e.span().text().strip();
      if (e.type().equals("PERSON") && text.contains(name)) {
        List<String> w = List.of(WORD_BREAKS.split(text));
        if (w.size() >= words && w.contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The organization names the article tags that begin with the word and go on. */
  private static Set<String> longerNames(AnnotatedArticle article, String name) {
    Set<String> longer = new LinkedHashSet<>();
    for (EntityMention e : article.entities()) {
      String text = e.span().text().strip();
      if (e.type().equals("ORGANIZATION") && text.startsWith(name + " ")) {
        longer.add(text);
      }
    }
    return longer;
  }
}
