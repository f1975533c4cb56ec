package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;

/**
 * "DJ Anton Reede - aka Big Bass - has said … Reede said": the entity tagger may give a
 * person's full name to a longer mention of another type, or to none, and tag only the
 * surname later. A known first name right before a surname the article tags alone is that
 * person's full name, so the surname is that person (and not someone of the same surname
 * other articles name in full).
 */
final class FirstNamedSurnames {
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}'-]+");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s$");

  private FirstNamedSurnames() {}

  /** The full names the tagger missed, as PERSON mentions of first name and surname. */
  static List<EntityMention> find(AnnotatedArticle article, List<EntityMention> persons,
                                  Names names, FirstNames firstNames) {
    Set<String> surnames = new HashSet<>();
    for (EntityMention m : persons) {
      List<String> words = Names.words(names.clean(m.span().text()));
      if (words.size() == 1 && CAPITALISED_WORD.matcher(words.get(0)).matches()) {
        surnames.add(words.get(0));
      }
    }
    List<EntityMention> out = new ArrayList<>();
    for (String surname : surnames) {
      Matcher m = Pattern.compile("\\b(\\p{Lu}[\\p{L}'-]+) " + Pattern.quote(surname) + "\\b")
          .matcher(article.text());
      while (m.find()) {
        Span span = new Span(m.start(), m.end(), m.group());
        // "the Royal Ballet": a name with an article is an institution's
        if (firstNames.genderOf(m.group(1)) == Actor.Gender.UNKNOWN
            || THE_BEFORE.matcher(article.text().substring(Math.max(0, m.start() - 4),
                m.start())).find()
            || persons.stream().anyMatch(p -> p.span().overlaps(span))) {
          continue;
        }
        Sentence s = article.sentenceAt(span.begin());
        out.add(new EntityMention(span, "PERSON", s == null ? 0 : s.index(), -1));
      }
    }
    return out;
  }
}
