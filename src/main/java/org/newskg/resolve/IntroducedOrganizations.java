package org.newskg.resolve;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * "accountancy firm BDO", "software maker Opera", "Opera, the Norwegian browser maker,",
 * "economists at BDO Stoy Hayward": news introduces a firm by what it is, which the entity
 * tagger does not read and often tags the name a person's or nothing. A run of capitalized
 * words that a noun for a kind of organization modifies or stands in apposition to, or that
 * follows "at" after a common noun (people work at firms), names an organization; every
 * mention of that name, and of its first word alone, is then the organization's. A name that
 * starts with a first name stays a person's ("documentary maker Ann Lee"), and so does one the
 * tagger tags a person's after a maker of works ("film-maker Spike Lee").
 */
final class IntroducedOrganizations {
  /** Nouns for a kind of organization. */
  static final Set<String> NOUNS = ImmutableSet.of("firm", "company", "group", "giant", "maker",
      "bank", "retailer", "carrier", "airline", "operator", "provider", "developer",
      "publisher", "chain", "agency", "charity", "organisation", "organization", "studio",
      "broadcaster", "insurer", "lender", "manufacturer", "supermarket", "producer",
      "consultancy", "conglomerate", "corporation", "network", "label",
      "distributor", "bookmaker", "brewer", "club", "union", "watchdog", "regulator",
      "association", "federation", "think-tank", "monitor");
  /**
   * Nouns for who makes something: a firm when it makes goods ("car maker Castell", "oil
   * producer Yukos"), a person when it makes works ("film-maker Spike Lee", "record producer
   * Ann Lee"), which news does not name by their first name alone.
   */
  private static final Set<String> AGENTS = ImmutableSet.of("maker", "producer");
  /** Works that people, not firms, are the makers of. */
  private static final Set<String> WORKS = ImmutableSet.of("film", "movie", "documentary",
      "theatre", "theater", "record");
  /** Plural nouns for the staff of a firm that news puts before the firm's name. */
  static final Set<String> FIRMS_OF = ImmutableSet.of("analyst", "consultant");

  private IntroducedOrganizations() {}

  /** The organization names the article introduces so, as written. */
  static Set<String> names(AnnotatedArticle article) {
    Set<String> out = new LinkedHashSet<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!namePart(t) || i > 0 && namePart(tokens.get(i - 1))) {
          continue;
        }
        int last = i;
        while (last + 1 < tokens.size() && namePart(tokens.get(last + 1))) {
          last++;
        }
        if (introduced(s, i, last)) {
          out.add(article.text().substring(t.begin(), tokens.get(last).end()));
        }
      }
    }
    return out;
  }

  /** The name of tokens {@code first} to {@code last} is introduced as an organization's. */
  private static boolean introduced(Sentence s, int first, int last) {
    List<Token> tokens = s.tokens();
    if (first > 0) {
      Token before = tokens.get(first - 1);
      // "accountancy firm BDO": the noun modifies the name it goes before ("think-tank" may
      // come in three words); "market analysts Ovum": firms of analysts
      boolean person = AGENTS.contains(lower(before.lemma())) && makerOfWorks(tokens, first - 1)
          && tokens.subList(first, last + 1).stream().allMatch(t -> "PERSON".equals(t.ner()));
      if ((before.pos().equals("NN") && !person && (NOUNS.contains(lower(before.lemma()))
              || thinkTank(tokens, first - 1))
          || before.pos().equals("NNS") && FIRMS_OF.contains(lower(before.lemma())))
          && before.head() >= first && before.head() <= last) {
        return true;
      }
      // "economists at BDO Stoy Hayward"
      if (lower(before.word()).equals("at") && first > 1
          && (tokens.get(first - 2).pos().equals("NN")
              || tokens.get(first - 2).pos().equals("NNS"))
          && !(last + 1 < tokens.size() && tokens.get(last + 1).pos().equals("POS"))) {
        return true;
      }
    }
    // "Opera, the Norwegian browser maker,": a description in apposition
    for (Token d : s.dependents(last)) {
      if (d.deprel().equals("appos") && d.index() > last && d.pos().equals("NN")
          && NOUNS.contains(lower(d.lemma()))) {
        return true;
      }
    }
    // "Net traffic monitor, Webstat.com, has reported": the name in apposition to it
    Token head = first == last && tokens.get(first).head() >= 0
        ? tokens.get(tokens.get(first).head()) : null;
    return head != null && tokens.get(first).deprel().equals("appos") && head.index() < first
        && head.pos().equals("NN") && NOUNS.contains(lower(head.lemma()));
  }

  /** A word of a name: a proper noun, or a web address written as one ("Webstat.com"). */
  private static boolean namePart(Token t) {
    return t.pos().startsWith("NNP")
        || t.pos().equals("ADD") && Character.isUpperCase(t.word().charAt(0));
  }

  /** The agent noun at {@code i} is of works: "film-maker", "documentary maker". */
  private static boolean makerOfWorks(List<Token> tokens, int i) {
    int k = i - 1;
    if (k >= 0 && tokens.get(k).word().equals("-")) {
      k--;
    }
    return k >= 0 && WORKS.contains(lower(tokens.get(k).word()));
  }

  /** Word {@code i} is "tank" of "think-tank" split in three. */
  private static boolean thinkTank(List<Token> tokens, int i) {
    return i >= 2 && lower(tokens.get(i).word()).equals("tank")
        && tokens.get(i - 1).word().equals("-") && lower(tokens.get(i - 2).word()).equals("think");
  }

  /**
   * The introduced name a mention's text is, or, for a person's mention ({@code firstWord}),
   * is the first word of (of one such name, when the article names no person in full with that
   * word: "BDO said" after "researchers at BDO
   * Stoy Hayward", not "Trump" after "students at Trump University"); null when none, or when
   * the name starts with a first name.
   */
  static String nameOf(AnnotatedArticle article, Set<String> introduced, String text,
                       boolean firstWord, FirstNames firstNames) {
    if (introduced.isEmpty()) {
      return null;
    }
    String found = null;
    for (String name : introduced) {
      List<String> own = Names.words(name);
      if (own.size() >= 2 && firstNames.genderOf(own.get(0)) != Actor.Gender.UNKNOWN) {
        continue;
      }
      if (name.equals(text)) {
        return name;
      }
      if (firstWord && !text.contains(" ") && name.startsWith(text + " ")) {
        if (found != null && !found.equals(name)) {
          return null;
        }
        found = name;
      }
    }
    if (found == null) {
      return null;
    }
    String word = found.substring(0, found.indexOf(' '));
    boolean personInFull = article.entities().stream()
        .filter(e -> e.type().equals("PERSON") && !introduced.contains(e.span().text().strip()))
        .map(e -> Names.words(e.span().text()))
        .anyMatch(w -> w.size() >= 2 && w.contains(word));
    return personInFull ? null : found;
  }

  /** Every occurrence of an introduced name that no NER mention touches. */
  static List<Span> untagged(AnnotatedArticle article, Set<String> introduced,
                             FirstNames firstNames) {
    List<Span> out = new ArrayList<>();
    for (String name : introduced) {
      List<String> own = Names.words(name);
      if (own.isEmpty() || own.size() >= 2
          && firstNames.genderOf(own.get(0)) != Actor.Gender.UNKNOWN) {
        continue;
      }
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name)
          + "(?![\\p{L}\\p{N}])").matcher(article.text());
      while (m.find()) {
        Span span = new Span(m.start(), m.end(), name);
        if (article.entities().stream().noneMatch(e -> e.span().overlaps(span))) {
          out.add(span);
        }
      }
    }
    return out;
  }

  private static String lower(String w) {
    return w == null ? "" : w.toLowerCase(Locale.ROOT);
  }
}

