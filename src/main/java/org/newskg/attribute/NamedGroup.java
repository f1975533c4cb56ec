package org.newskg.attribute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * "Kenteris and Thanou could be suspended. The duo withdrew … but claimed …", "Elan and Biogen
 * said … The companies said …": a definite noun for a group refers back to the names the
 * article just gave together, joined by "and", as a reader takes it. The statement's speaker
 * stays a description, now in those names ("Kenteris and Thanou"), since it is no one actor.
 * The names are the nearest such coordination in the noun's sentence before it or in the
 * sentences before, within reach, of the group's size and kind (people for "the couple",
 * organizations for "the firms", countries for "both countries"). Applied after attribution,
 * like the other description steps.
 */
final class NamedGroup {
  /** Sentences back, besides its own, the names may be given in. */
  private static final int REACH = 3;
  /** Nouns for a group of people, and their size (0: any). */
  private static final Map<String, Integer> PEOPLE = Map.of("duo", 2, "pair", 2, "couple", 2,
      "twins", 2, "trio", 3);
  /** Nouns for several organizations. */
  private static final Set<String> BODIES = Set.of("companies", "firms", "banks", "groups",
      "clubs", "airlines", "carmakers", "lenders", "retailers", "newspapers", "papers");
  /** Nouns for several countries, which "both" or a number sizes ("both countries"). */
  private static final Set<String> COUNTRIES = Set.of("countries", "nations", "governments");
  /** Numbers that give a group's size ("the two firms"). */
  private static final Map<String, Integer> SIZES = Map.of("two", 2, "three", 3, "both", 2);

  private NamedGroup() {}

  static Statement resolve(AnnotatedArticle article, ArticleEntities entities, Statement s) {
    Token head = Clauses.describedHead(article, s);
    Sentence here = head == null ? null : article.sentenceAt(head.begin());
    if (here == null || !Clauses.hasDefiniteDeterminer(here, head)
        && here.dependents(head.index()).stream()
            .noneMatch(d -> Clauses.lower(d.word()).equals("both"))) {
      return s;
    }
    String noun = Clauses.lower(head.word());
    ActorType kind;
    int size = here.dependents(head.index()).stream()
        .map(d -> SIZES.getOrDefault(Clauses.lower(d.word()), 0))
        .filter(n -> n > 0).findFirst().orElse(0);
    if (PEOPLE.containsKey(noun)) {
      kind = ActorType.PERSON;
      size = PEOPLE.get(noun);
    } else if (BODIES.contains(noun)) {
      kind = ActorType.ORGANIZATION;
    } else if (noun.equals("men") || noun.equals("women")) {
      kind = ActorType.PERSON;
    } else if (COUNTRIES.contains(noun)) {
      kind = ActorType.COUNTRY;
    } else {
      return s;
    }
    if (kind != ActorType.ORGANIZATION && size == 0) {
      return s;
    }
    int at = article.sentences().indexOf(here);
    for (int k = at; k >= Math.max(0, at - REACH); k--) {
      Sentence sentence = article.sentences().get(k);
      int before = k == at ? head.begin() : sentence.end();
      List<Actor> names = joined(article, entities, sentence, kind, before);
      if (names.isEmpty() && kind != ActorType.ORGANIZATION) {
        // "Kenteris won gold, while Thanou won silver. … The pair claimed …", "Iran will supply
        // India … both countries said": the people or countries a sentence names apart are the
        // group when they are as many as it; more is no one group
        List<Actor> apart = named(article, entities, sentence, before, kind);
        if (apart.size() > size) {
          return s;
        }
        names = apart;
      }
      if (names.size() >= 2 && (size == 0 || names.size() == size)) {
        String together = names.subList(0, names.size() - 1).stream().map(Actor::label)
            .collect(Collectors.joining(", ")) + " and " + names.get(names.size() - 1).label();
        return s.describedAs(together);
      }
    }
    return s;
  }

  /**
   * The actors of {@code kind} a sentence names before {@code before}, outside quotation marks,
   * in order.
   */
  private static List<Actor> named(AnnotatedArticle article, ArticleEntities entities,
                                   Sentence sentence, int before, ActorType kind) {
    Set<Actor> people = new LinkedHashSet<>();
    for (Token t : sentence.tokens()) {
      if (t.end() <= before && !article.insideQuote(t.span())) {
        entities.actorAt(t.span()).filter(a -> a.type() == kind).ifPresent(people::add);
      }
    }
    return List.copyOf(people);
  }

  /**
   * The actors of {@code kind} named together before {@code before}: a name and the names
   * joined to it by "and" (the last such coordination in the sentence); empty when there is
   * none, or when one of the joined words names no such actor.
   */
  private static List<Actor> joined(AnnotatedArticle article, ArticleEntities entities,
                                    Sentence sentence, ActorType kind, int before) {
    List<Actor> found = List.of();
    for (Token first : sentence.tokens()) {
      if (first.end() > before || article.insideQuote(first.span())) {
        continue;
      }
      List<Token> conjuncts = sentence.dependents(first.index()).stream()
          .filter(d -> d.deprel().equals("conj") && d.end() <= before).toList();
      if (conjuncts.isEmpty()) {
        continue;
      }
      Set<Actor> actors = new LinkedHashSet<>();
      List<Token> all = new ArrayList<>(List.of(first));
      all.addAll(conjuncts);
      for (Token t : all) {
        Actor a = entities.actorAt(t.span()).filter(x -> x.type() == kind).orElse(null);
        if (a == null) {
          actors.clear();
          break;
        }
        actors.add(a);
      }
      if (actors.size() == all.size()) {
        found = List.copyOf(actors);
      }
    }
    return found;
  }
}
