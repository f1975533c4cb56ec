package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;

/**
 * "Lib Dem spokesman Vince Cable said … Mr Cable compared …": the entity tagger misses a
 * surname that is also a common word ("Cable", "Brown", "Hope") when only a title goes before
 * it. A title ("Mr", "Mrs", "Ms", "Miss", "Dr") and then the last word of a person the article
 * names in full, where no mention is, is a mention of that surname, so the speaker is the
 * person and a later "he" can refer to it.
 */
final class TitledSurnames {
  private static final Pattern TITLED = Pattern.compile(
      "\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? (\\p{Lu}[\\p{L}'-]+)\\b");

  private TitledSurnames() {}

  /** The full names (two words or more) of {@code persons}, by their last word. */
  static Map<String, Set<String>> fullNamesBySurname(List<EntityMention> persons, Names names) {
    Map<String, Set<String>> out = new HashMap<>();
    for (EntityMention m : persons) {
      List<String> words = Names.words(names.clean(m.span().text()));
      if (words.size() >= 2) {
        out.computeIfAbsent(words.get(words.size() - 1), k -> new HashSet<>())
            .add(String.join(" ", words));
      }
    }
    return out;
  }

  /** The surname mentions the tagger missed, as PERSON mentions of the surname alone. */
  static List<EntityMention> find(AnnotatedArticle article, List<EntityMention> persons,
                                  Names names) {
    Set<String> surnames = fullNamesBySurname(persons, names).keySet();
    List<EntityMention> out = new ArrayList<>();
    if (surnames.isEmpty()) {
      return out;
    }
    Matcher m = TITLED.matcher(article.text());
    while (m.find()) {
      Span span = new Span(m.start(1), m.end(1), m.group(1));
      if (!surnames.contains(m.group(1)) || article.entities().stream()
          .anyMatch(e -> e.span().overlaps(span))) {
        continue;
      }
      Sentence s = article.sentenceAt(span.begin());
      if (s != null) {
        out.add(new EntityMention(span, "PERSON", s.index(), -1));
      }
    }
    return out;
  }
}
