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
  private static final Set<String> BUSINESS_WORDS = Set.of("energy", "airlines", "airways",
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
        || !surface.equals(m.span().text())) {
      return Optional.empty();
    }
    // a full name holding the word holds its characters: only those are split into words
    for (EntityMention e : article.entities()) {
      String text = e.span().text();
      if (e.type().equals("PERSON") && text.contains(name)) {
        List<String> w = List.of(WORD_BREAKS.split(text));
        if (w.size() >= 2 && w.contains(name)) {
          return Optional.empty();
        }
      }
    }
    String opening = name + " ";
    Set<String> longer = new LinkedHashSet<>();
    boolean tagged = false;
    for (EntityMention e : article.entities()) {
      if (e.type().equals("ORGANIZATION")) {
        String text = e.span().text().strip();
        if (text.startsWith(opening)) {
          longer.add(text);
        }
        tagged |= text.equals(name);
      }
    }
    if (longer.size() == 1) {
      return Optional.of(longer.iterator().next());
    }
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
    String opening = name + " ";
    Set<String> longer = new LinkedHashSet<>();
    for (EntityMention e : article.entities()) {
      String text = e.span().text().strip();
      if (e.type().equals("PERSON") && List.of(WORD_BREAKS.split(text)).contains(name)) {
        return Optional.empty();
      }
      if (e.type().equals("ORGANIZATION") && text.startsWith(opening)) {
        longer.add(text);
      }
    }
    if (longer.size() != 1) {
      return Optional.empty();
    }
    String full = longer.iterator().next();
    for (String w : WORD_BREAKS.split(full.substring(opening.length()))) {
      if (!BUSINESS_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
        return Optional.empty();
      }
    }
    return Optional.of(full);
  }
}
