package org.newskg.resolve;

import java.util.List;
import java.util.Optional;
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
    boolean personInFull = article.entities().stream()
        .filter(e -> e.type().equals("PERSON"))
        .map(e -> List.of(e.span().text().split("[\\s-]+")))
        .anyMatch(w -> w.size() >= 2 && w.contains(name));
    if (personInFull) {
      return Optional.empty();
    }
    List<String> longer = article.entities().stream()
        .filter(e -> e.type().equals("ORGANIZATION"))
        .map(e -> e.span().text().strip())
        .filter(t -> t.startsWith(name + " "))
        .distinct().toList();
    if (longer.size() == 1) {
      return Optional.of(longer.get(0));
    }
    boolean tagged = article.entities().stream()
        .anyMatch(e -> e.type().equals("ORGANIZATION") && e.span().text().strip().equals(name));
    return longer.isEmpty() && tagged ? Optional.of(name) : Optional.empty();
  }
}
