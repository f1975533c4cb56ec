package org.newskg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.newskg.resolve.Actor;
import org.newskg.resolve.FirstNames;
import org.newskg.resolve.Names;

/**
 * Joins people across articles. An article that names someone only by surname ("Mr. Trump")
 * gives a person labelled "Trump"; when exactly one person of that surname is named in full in
 * the store's articles ("Donald Trump"), by at least two of them or with a role the surname
 * has, the surname-only person of that article is that one (one article's full name is too
 * little: "Welch" in a piece on a band is not the "Raquel Welch" of another).
 * With several full names of one surname ("Tony Blair", "Cherie Blair", "Ian Blair") it is the
 * one the articles tie to it: the one whose role it has ("Blair, the prime minister"), else the
 * one the articles call by the same form ("Mr Blair") in clearly more articles than any other.
 * When the surname's own article names people of that surname in full, only those are
 * candidates ("Cook" beside "Peter Cook" is Peter Cook, however often the store's other
 * articles call Robin Cook "Mr Cook"): a report names a person in full before it shortens the
 * name, so a full name elsewhere is not whom it means; with two of them in the article and
 * nothing to tell them apart, the surname stays unjoined. A title's gender blocks a join ("Mrs Blair" is not Tony Blair, whose first name is a man's),
 * and a styled name ("Prince Charles", "Sir Alex") is never a surname: it joins no one by its
 * last word. Different full names are never joined; a generational suffix is not a surname
 * ("Charles Evans Jr" is an Evans).
 *
 * <p>The decision is taken per article (the "Blair" of one article may be Tony, of another
 * Cherie) from what every stored article read, never from what was decided before: so it is
 * the same whichever article arrived first.
 */
final class PersonLinker {
  private static final Names NAMES = Names.load();
  /** Titles that say a man or a woman, as a surname-only person's forms carry them. */
  private static final Pattern MALE_TITLE = Pattern.compile(
      "(?i)(?:mr|sir|lord|king|prince)\\.?\\s.*");
  private static final Pattern FEMALE_TITLE = Pattern.compile(
      "(?i)(?:mrs|ms|miss|dame|lady|queen|princess|baroness)\\.?\\s.*");

  /** First names and their gender, read on first use (they come with CoreNLP's models). */
  private FirstNames firstNames;
  /**
   * The words of each label met so far and the gender of each full name: a surname touched by
   * a batch is decided again over all its people, and folding a name costs more than looking it
   * up.
   */
  private final Map<String, List<String>> wordsOf = new java.util.HashMap<>();
  private final Map<String, Actor.Gender> genderOf = new java.util.HashMap<>();

  /** A person named in full, over every article that names it. */
  record FullName(String label, List<ArticleFacts.Person> mentions) {}

  /** The words of a label ({@link #words}), folded once per label met. */
  List<String> wordsOf(String label) {
    return wordsOf.computeIfAbsent(label, PersonLinker::words);
  }

  /**
   * The people of one surname: the articles' full names of that surname ({@code fullNames},
   * article IRI to person to how the article names it) and their people named by that surname
   * alone ({@code surnameOnly}). Gives, for each article, its surname-only people that are a
   * full-name person, to that person; articles with none are left out. People of other
   * surnames play no part, so the link stage decides again only the surnames a batch touches.
   */
  Map<String, Map<Node, Node>> decide(
      Map<String, ? extends Map<Node, ArticleFacts.Person>> fullNames,
      Map<String, ? extends Map<Node, ArticleFacts.Person>> surnameOnly) {
    Map<Node, FullName> candidates = new TreeMap<>(ArticleFacts::compare);
    fullNames.values().forEach(people -> people.forEach((person, p) -> {
      FullName known = candidates.get(person);
      String label = known == null || p.label().compareTo(known.label()) < 0 ? p.label()
          : known.label();
      List<ArticleFacts.Person> mentions = known == null ? new ArrayList<>() : known.mentions();
      mentions.add(p);
      candidates.put(person, new FullName(label, mentions));
    }));
    Map<String, Map<Node, Node>> out = new TreeMap<>();
    if (candidates.isEmpty()) {
      return out;
    }
    surnameOnly.forEach((article, people) -> people.forEach((person, p) -> {
      Map<Node, ArticleFacts.Person> named = fullNames.get(article);
      Node target = chooseFullName(p, candidates, named == null ? Set.of() : named.keySet());
      if (target != null && !target.equals(person)) {
        out.computeIfAbsent(article, k -> new TreeMap<>(ArticleFacts::compare))
            .put(person, target);
      }
    }));
    return out;
  }

  /**
   * The full-name person a surname-only one is, among those of its surname: those whose gender
   * its titles allow, and of those the ones its own article names in full ({@code
   * coMentioned}) if any; then the only one (named in full by two articles or more, or with a
   * role it has, when its own article does not name it); else the only one with a role it has;
   * else the one the articles call by one of its forms in at least twice as many articles as
   * any other.
   */
  Node chooseFullName(ArticleFacts.Person person, Map<Node, FullName> candidates,
                      Set<Node> coMentioned) {
    if (candidates.isEmpty()) {
      return null;
    }
    Actor.Gender gender = titleGender(person.forms());
    List<Node> allowed = new ArrayList<>();
    candidates.forEach((c, full) -> {
      if (compatible(gender, genderOf.computeIfAbsent(full.label(), this::genderOfFullName))) {
        allowed.add(c);
      }
    });
    List<Node> named = allowed.stream().filter(coMentioned::contains).toList();
    List<Node> fitting = named.isEmpty() ? allowed : named;
    if (fitting.size() <= 1) {
      if (fitting.isEmpty()) {
        return null;
      }
      // the only full name from elsewhere needs more than one article's word for it: one
      // article's "Raquel Welch" is not the "Welch" of a piece on a band, but "Vladimir Putin",
      // named in full in many, is the "Putin" of any; a role the two share is evidence enough
      FullName only = candidates.get(fitting.get(0));
      return !named.isEmpty() || only.mentions().size() >= 2 || sharesRole(person, only)
          ? fitting.get(0) : null;
    }
    if (!person.roles().isEmpty()) {
      List<Node> sameRole = fitting.stream()
          .filter(c -> sharesRole(person, candidates.get(c))).toList();
      if (sameRole.size() == 1) {
        return sameRole.get(0);
      }
    }
    Node best = null;
    int bestCount = 0;
    int second = 0;
    for (Node c : fitting) {
      int n = 0;
      for (ArticleFacts.Person m : candidates.get(c).mentions()) {
        if (m.forms().stream().anyMatch(f -> !f.equals(m.label()) && person.forms().contains(f))) {
          n++;
        }
      }
      if (n > bestCount) {
        second = bestCount;
        bestCount = n;
        best = c;
      } else if (n > second) {
        second = n;
      }
    }
    return bestCount > 0 && bestCount >= 2 * second ? best : null;
  }

  /** Whether an article gives the full-name person a role the surname-only one has. */
  private static boolean sharesRole(ArticleFacts.Person person, FullName full) {
    return full.mentions().stream()
        .anyMatch(m -> m.roles().stream().anyMatch(person.roles()::contains));
  }

  /** "Mr Blair" says a man, "Mrs Blair" a woman; both or neither say nothing. */
  private static Actor.Gender titleGender(Set<String> forms) {
    boolean male = forms.stream().anyMatch(f -> MALE_TITLE.matcher(f).matches());
    boolean female = forms.stream().anyMatch(f -> FEMALE_TITLE.matcher(f).matches());
    return male == female ? Actor.Gender.UNKNOWN
        : male ? Actor.Gender.MALE : Actor.Gender.FEMALE;
  }

  /** The gender the first name of a full name usually goes with ("Cherie Blair": female). */
  private Actor.Gender genderOfFullName(String label) {
    if (firstNames == null) {
      firstNames = FirstNames.load();
    }
    List<String> w = Names.words(label);
    return w.size() >= 2 ? firstNames.genderOf(w.get(0)) : Actor.Gender.UNKNOWN;
  }

  private static boolean compatible(Actor.Gender a, Actor.Gender b) {
    return a == Actor.Gender.UNKNOWN || b == Actor.Gender.UNKNOWN || a == b;
  }

  /**
   * Lower-case words without accents or dots, letters folded as in IRIs, without a
   * generational suffix: "José  Álvarez Jr." → [jose, alvarez]; "Støre" → [store]. A styled
   * name ("Prince Charles", "Sir Alex") has none: it is no surname and no full name of one.
   */
  static List<String> words(String name) {
    if (NAMES.isStyled(name)) {
      return List.of();
    }
    String plain = Names.withoutAccents(name)
        .replace(".", " ").toLowerCase(Locale.ROOT).strip();
    List<String> out = new ArrayList<>();
    for (String w : plain.split("[\\s,]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return new ArrayList<>(Names.withoutSuffix(out));
  }

}
