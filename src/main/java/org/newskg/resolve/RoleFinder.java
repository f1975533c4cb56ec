package org.newskg.resolve;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * Titles and offices beside people's names, read from the dependency parse: a title before the
 * name ("Prime Minister Keir Starmer of Britain"), an apposition after it ("Bart De Wever, the
 * prime minister of Belgium") or before it ("the French president, Emmanuel Macron"), with the
 * country or organization it is of ("of Belgium", "Russia's", "French").
 */
public final class RoleFinder {
  /** Honorifics are no office (nor is "the" before them). */
  private static final Set<String> HONORIFICS = ImmutableSet.<String>builder()
      .addAll(Names.HONORIFICS).add("rev", "the").build();
  /** Heads of appositions that name an office, beyond the title words of {@link Names}. */
  private static final Set<String> OFFICE_NOUNS = ImmutableSet.of("head", "leader", "chief",
      "spokesman", "spokeswoman", "spokesperson", "secretary", "director", "envoy",
      "ambassador", "governor", "mayor", "chairman", "chairwoman", "chair", "founder", "ceo",
      "commander", "minister", "president", "premier", "chancellor", "king", "queen",
      "senator", "representative", "lawmaker", "judge", "prosecutor", "general", "adviser",
      "advisor", "negotiator", "official", "speaker", "executive", "candidate", "nominee");

  private final Names names;

  public RoleFinder(Names names) {
    this.names = names;
  }

  public List<Role> find(AnnotatedArticle article, ArticleEntities entities) {
    Set<Role> out = new LinkedHashSet<>();
    for (Actor person : entities.actors()) {
      if (person.type() != ActorType.PERSON) {
        continue;
      }
      for (Span name : person.names()) {
        Sentence s = article.sentenceAt(name.begin());
        if (s == null) {
          continue;
        }
        int head = s.tokenAt(name.end() - 1);
        if (head < 0) {
          continue;
        }
        titleBefore(article, entities, s, name, head, person).ifPresent(out::add);
        for (Token t : s.tokens()) {
          // "X, the prime minister of Belgium" and "the French president, X"
          if (t.deprel().equals("appos") && t.head() == head && !isPersonName(t)) {
            office(article, entities, s, t.index(), person).ifPresent(out::add);
          }
        }
        Token h = s.tokens().get(head);
        if (h.deprel().equals("appos") && h.head() >= 0 && !isPersonName(s.tokens().get(h.head()))) {
          office(article, entities, s, h.head(), person).ifPresent(out::add);
        }
      }
    }
    return List.copyOf(out);
  }

  /** "Prime Minister Keir Starmer of Britain": title words before the name, "of" after it. */
  private Optional<Role> titleBefore(AnnotatedArticle article, ArticleEntities entities,
                                     Sentence s, Span name, int head, Actor person) {
    int first = s.tokenAt(name.begin());
    int k = first - 1;
    List<Token> words = new ArrayList<>();
    while (k >= 0) {
      Token t = s.tokens().get(k);
      String w = bare(t.word());
      boolean titleWord = names.isTitle(w) || t.pos().startsWith("NNP")
          && Character.isUpperCase(t.word().charAt(0)) && !words.isEmpty() && t.ner().equals("O");
      if (!titleWord || !(t.deprel().equals("compound") || t.deprel().equals("amod"))) {
        break;
      }
      words.add(0, t);
      k--;
    }
    while (!words.isEmpty() && HONORIFICS.contains(bare(words.get(0).word()))) {
      words.remove(0);
    }
    if (words.isEmpty() || !names.isTitle(bare(words.get(words.size() - 1).word()))) {
      return Optional.empty();
    }
    String title = article.text().substring(words.get(0).begin(),
        words.get(words.size() - 1).end()).toLowerCase(Locale.ROOT);
    Actor of = null;
    for (Token c : s.dependents(head)) {
      if (c.deprel().startsWith("nmod") && "of".equals(s.preposition(c.index()))) {
        of = actorAt(entities, c).filter(a -> a != person).orElse(null);
      }
    }
    if (of == null) {
      // "French President Anne Moreau": a nationality before the title
      for (Token t : words) {
        if (of == null) {
          of = actorAt(entities, t).filter(a -> a != person).orElse(null);
        }
      }
      if (of == null && k >= 0) {
        of = actorAt(entities, s.tokens().get(k)).filter(a -> a.type() == ActorType.COUNTRY)
            .orElse(null);
      }
    }
    return Optional.of(new Role(person, title, of));
  }

  /** An apposition headed by an office noun: "the prime minister of Belgium". */
  private Optional<Role> office(AnnotatedArticle article, ArticleEntities entities, Sentence s,
                                int noun, Actor person) {
    Token head = s.tokens().get(noun);
    String lemma = head.lemma() == null ? head.word() : head.lemma();
    if (!head.pos().startsWith("NN") || !(OFFICE_NOUNS.contains(lemma.toLowerCase(Locale.ROOT))
        || names.isTitle(lemma))
        || s.dependents(noun).stream().anyMatch(c -> c.deprel().equals("case"))) {
      // "his second term as US President, Tony Blair has said": an office after a
      // preposition is no apposition, wherever the parser hung the name after it
      return Optional.empty();
    }
    int first = noun;
    Actor of = null;
    for (Token c : s.dependents(noun)) {
      String rel = c.deprel();
      if ((rel.equals("compound") || rel.equals("amod")) && c.index() < noun) {
        Optional<Actor> nationality = actorAt(entities, c).filter(a -> a != person);
        if (nationality.isPresent()) {
          of = nationality.get();
        } else {
          first = Math.min(first, c.index());
        }
      } else if (rel.equals("nmod:poss")) {
        of = actorAt(entities, c).filter(a -> a != person).orElse(of);
      }
    }
    for (Token c : s.dependents(noun)) {
      if (c.deprel().startsWith("nmod") && "of".equals(s.preposition(c.index())) && of == null) {
        of = ofPhrase(entities, s, c.index(), person).orElse(null);
      }
    }
    // keep only the words of the title itself ("prime minister", not "the new prime minister")
    while (first < noun && !(names.isTitle(bare(s.tokens().get(first).word()))
        || s.tokens().get(first).pos().startsWith("JJ") && isOfficeAdjective(s.tokens().get(first)))) {
      first++;
    }
    String title = article.text().substring(s.tokens().get(first).begin(), head.end())
        .toLowerCase(Locale.ROOT);
    return Optional.of(new Role(person, title, of));
  }

  /** "foreign", "interior", "finance" minister: adjectives and nouns that are part of a title. */
  private static boolean isOfficeAdjective(Token t) {
    return Set.of("foreign", "prime", "defense", "defence", "interior", "finance", "deputy",
        "vice", "chief", "senior", "special", "executive", "national", "home", "economy",
        "attorney", "secretary").contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** "of the E.U. executive arm": the actor named in the phrase, head or modifier. */
  private static Optional<Actor> ofPhrase(ArticleEntities entities, Sentence s, int i,
                                          Actor person) {
    Optional<Actor> direct = actorAt(entities, s.tokens().get(i)).filter(a -> a != person);
    if (direct.isPresent()) {
      return direct;
    }
    for (Token c : s.dependents(i)) {
      Optional<Actor> a = actorAt(entities, c).filter(x -> x != person);
      if (a.isPresent() && a.get().type() != ActorType.PERSON) {
        return a;
      }
    }
    return Optional.empty();
  }

  private static Optional<Actor> actorAt(ArticleEntities entities, Token t) {
    return entities.actorAt(t.span())
        .filter(a -> a.type() != ActorType.PERSON);
  }

  private static boolean isPersonName(Token t) {
    return t.ner().equals("PERSON");
  }

  private static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
