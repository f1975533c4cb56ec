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
    // "Home Secretary Charles Clarke has warned … the prime minister conceded": a person the
    // article gives only other titles is not the one this office stands for
    String office = Clauses.lower(subject.lemma());
    return Antecedents.subjectPerson(article, entities, subject.begin())
        .filter(p -> !titledOtherwise(entities, p, office));
  }

  /** Offices of state: one person holds one of them at a time. */
  private static final Set<String> OFFICES = Set.of("president", "minister", "chancellor",
      "secretary", "governor", "mayor", "senator", "ambassador", "king", "queen", "premier",
      "congressman", "congresswoman");

  /**
   * The article titles {@code person}, and every title is other than {@code office} (an
   * abbreviation, "Sen.", is the office it starts): "Tom Berg, the party's Treasury
   * spokesman" is not "the chancellor".
   */
  private static boolean titledOtherwise(ArticleEntities entities, Actor person, String office) {
    if (!OFFICES.contains(office)) {
      return false;
    }
    boolean any = false;
    for (org.newskg.resolve.Role r : entities.roles()) {
      if (!r.holder().key().equals(person.key()) || r.title() == null) {
        continue;
      }
      String[] words = r.title().split("\\s+");
      String head = words[words.length - 1].replace(".", "");
      if (head.isEmpty() || office.startsWith(head)) {
        return false;
      }
      any = true;
    }
    return any;
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
