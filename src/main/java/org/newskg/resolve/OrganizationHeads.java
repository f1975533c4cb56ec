package org.newskg.resolve;

import java.util.LinkedHashSet;
import java.util.List;
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
 * person in full with that word ("Anna Nordhavn").
 */
final class OrganizationHeads {
  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");

  private OrganizationHeads() {}

  /**
   * The organization name the one-word PERSON mention {@code m} stands for: the longer name it
   * begins, else the word itself when tagged an organization elsewhere; empty otherwise.
   */
  static Optional<String> organizationOf(AnnotatedArticle article, EntityMention m, String name,
                                         String surface) {
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
}
