package org.newskg.attribute;

import java.util.Optional;
import java.util.Set;
import org.newskg.data.WordList;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.Antecedents;
import org.newskg.resolve.ArticleEntities;

/**
 * "Mr Blair warned. The prime minister also urged …": an office named with "the", which no one
 * in the article carries as a title, stands for the person last named as a clause subject in
 * its paragraph or the one before: news varies the name of the person it is following. (A
 * person the article does title so is found first, by {@link Clauses#personWithRole}.)
 */
final class RoleNominals {
  static final Set<String> NOUNS = WordList.load("/attribute/role-nouns.txt");

  /** Words of an office's own name: "prime minister", not "band leader". */
  private static final Set<String> TITLE_PARTS = Set.of("prime", "vice", "deputy");

  private RoleNominals() {}

  static Optional<Actor> resolve(AnnotatedArticle article, ArticleEntities entities,
                                 Sentence sentence, Token subject) {
    if (!subject.pos().equals("NN") || !NOUNS.contains(Clauses.lower(subject.lemma()))
        || !plainDefinite(sentence, subject)) {
      return Optional.empty();
    }
    String office = office(sentence, subject);
    // "Home Secretary Charles Clarke has warned … the prime minister conceded": someone the
    // article gives another office is not the one this office names
    return Antecedents.subjectPerson(article, entities, subject.begin())
        .filter(p -> entities.roles().stream().noneMatch(r -> r.holder().key().equals(p.key())
            && !sameOffice(r.title(), office)));
  }

  /**
   * "minister" and "prime minister" may be one office, "home secretary" and "prime minister",
   * or "foreign minister" and "prime minister", are not.
   */
  private static boolean sameOffice(String title, String office) {
    return title.equals(office) || lastWord(title).equals(lastWord(office))
        && (!title.contains(" ") || !office.contains(" "));
  }

  /** The office's words: the noun with its compounds, in lower case ("prime minister"). */
  private static String office(Sentence sentence, Token noun) {
    StringBuilder b = new StringBuilder();
    for (Token t : sentence.dependents(noun.index())) {
      if ((t.deprel().startsWith("compound") || TITLE_PARTS.contains(Clauses.lower(t.word())))
          && t.index() < noun.index()) {
        b.append(Clauses.lower(t.word())).append(' ');
      }
    }
    return b.append(Clauses.lower(noun.word())).toString();
  }

  private static String lastWord(String title) {
    return title.substring(title.lastIndexOf(' ') + 1);
  }

  /**
   * "The prime minister", not "Russia's president", "the French president" or "the president
   * of Ukraine" or "the band leader": an office of a named place or body may be another person's.
   */
  private static boolean plainDefinite(Sentence sentence, Token noun) {
    boolean the = false;
    for (Token t : sentence.dependents(noun.index())) {
      String rel = t.deprel();
      if (rel.equals("det") && Clauses.lower(t.word()).equals("the")) {
        the = true;
      } else if (rel.startsWith("compound") && !TITLE_PARTS.contains(Clauses.lower(t.word()))
          || rel.equals("nmod:poss") || rel.startsWith("nmod") || t.ner() != null && !t.ner().equals("O")) {
        return false;
      }
    }
    return the;
  }
}
