package org.newskg.attribute;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;
import org.newskg.resolve.Actor;
import org.newskg.resolve.ActorType;
import org.newskg.resolve.ArticleEntities;

/**
 * The offices an article gives its people as titles: "Chancellor Gordon Brown", "Tory leader
 * Michael Howard", "Gordon Brown, the chancellor,". An office is the words of the title in
 * lower case, ending in an office noun ("chancellor", "shadow chancellor", "deputy prime
 * minister"); a named body or place before it gives it a second, longer form ("tory leader",
 * "us president"). An office held before ("former prime minister John Major") is no title of
 * the person now. What {@link OfficeHolders} is learned from.
 */
public final class OfficeTitles {
  /** Words that make the office one held before or after now. */
  private static final Set<String> NOT_NOW = Set.of("former", "ex", "ex-", "then", "late",
      "previous", "outgoing", "incoming", "future", "would-be", "acting", "interim", "caretaker");
  /** Office words at most, so that a run of capitalised words is not taken for one. */
  private static final int LONGEST = 4;

  private OfficeTitles() {}

  /** Each person of the article with the offices the text titles them by, in text order. */
  public static Map<Actor, Set<String>> of(AnnotatedArticle article, ArticleEntities entities) {
    Map<Actor, Set<String>> titles = new LinkedHashMap<>();
    for (Actor a : entities.actors()) {
      if (a.type() != ActorType.PERSON) {
        continue;
      }
      for (Span name : a.names()) {
        Sentence s = article.sentenceAt(name.begin());
        if (s == null || article.insideQuote(name)) {
          continue;
        }
        Set<String> found = new LinkedHashSet<>();
        before(s, name, entities, found);
        after(s, name, found);
        if (!found.isEmpty()) {
          titles.computeIfAbsent(a, k -> new LinkedHashSet<>()).addAll(found);
        }
      }
    }
    return titles;
  }

  /** "Tory leader Michael Howard", "the Prime Minister, Tony Blair,". */
  private static void before(Sentence s, Span name, ArticleEntities entities, Set<String> found) {
    int at = s.tokenAt(name.begin());
    if (at < 1) {
      return;
    }
    int last = at - 1;
    if (s.tokens().get(last).word().equals(",") && last > 0) {
      last--;
    }
    int first = last;
    while (first >= 0 && last - first < LONGEST && officeWord(s.tokens().get(first))) {
      first--;
    }
    first++;
    if (first > last || !officeNoun(s.tokens().get(last))) {
      return;
    }
    Token before = first > 0 ? s.tokens().get(first - 1) : null;
    boolean named = before != null && entities.actorAt(before.span()).isPresent();
    if (before != null && (NOT_NOW.contains(Clauses.lower(before.word()))
        || before.word().equals("-") && first > 1
            && NOT_NOW.contains(Clauses.lower(s.tokens().get(first - 2).word()))
        // a word of the title the run could not take ("First Minister"): not this office
        || !named && (before.pos().startsWith("NN") || before.pos().startsWith("JJ")
            || before.pos().equals("CD")))) {
      return;
    }
    String office = words(s, first, last);
    found.add(office);
    // "Tory leader", "US President": the body or place named right before
    if (named && (before.pos().startsWith("NNP") || before.pos().startsWith("JJ"))) {
      int from = first - 1;
      while (from > 0 && s.tokens().get(from - 1).pos().startsWith("NNP")
          && entities.actorAt(s.tokens().get(from - 1).span())
              .equals(entities.actorAt(before.span()))) {
        from--;
      }
      found.add(words(s, from, first - 1) + " " + office);
    }
  }

  /** "Gordon Brown, the chancellor, said", "Michael Howard, Conservative leader." */
  private static void after(Sentence s, Span name, Set<String> found) {
    int at = s.tokenAt(name.end() - 1);
    List<Token> tokens = s.tokens();
    int i = at + 1;
    if (at < 0 || i >= tokens.size() || !tokens.get(i).word().equals(",")) {
      return;
    }
    i++;
    if (i < tokens.size() && Clauses.lower(tokens.get(i).word()).equals("the")) {
      i++;
    }
    int first = i;
    while (i < tokens.size() && i - first < LONGEST && officeWord(tokens.get(i))) {
      i++;
    }
    int last = i - 1;
    // the office ends the apposition: "Gordon Brown, the chancellor's ally" is no title
    boolean ends = i == tokens.size() || Set.of(",", ".", ";", ":").contains(tokens.get(i).word());
    if (last < first || !ends || !officeNoun(tokens.get(last))
        || NOT_NOW.contains(Clauses.lower(tokens.get(first).word()))) {
      return;
    }
    found.add(words(s, first, last));
  }

  /** A word an office's title may be made of: a noun or adjective no entity takes. */
  private static boolean officeWord(Token t) {
    String pos = t.pos();
    return (pos.equals("NN") || pos.equals("NNP") || pos.equals("JJ"))
        && (t.ner() == null || t.ner().equals("O") || t.ner().equals("TITLE"))
        && t.word().chars().allMatch(c -> Character.isLetter(c) || c == '-')
        && !NOT_NOW.contains(Clauses.lower(t.word())) && !Clauses.lower(t.word()).startsWith("ex-");
  }

  /** The word an office's title ends in: "chancellor", "minister", "leader". */
  static boolean officeNoun(Token t) {
    String word = Clauses.lower(t.word());
    return RoleNominals.OFFICES.contains(word) || RoleNominals.NOUNS.contains(word);
  }

  private static String words(Sentence s, int first, int last) {
    StringBuilder b = new StringBuilder();
    for (int k = first; k <= last; k++) {
      b.append(k == first ? "" : " ").append(s.tokens().get(k).word().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
