package org.newskg.resolve;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Sentence;
import org.newskg.extract.Span;
import org.newskg.extract.Token;

/**
 * Names the entity tagger left untagged. "BT's chief executive … according to BT": it tags a
 * name in one place and not in the next. "Rents rose, according to Vexa": it misses short
 * company names, acronyms and names made of common words everywhere;
 * a run of proper nouns that a verb of saying has for its subject, that "according to"
 * introduces, or that a speaking spokesman is of ("said a Vexo spokesman"), names a source,
 * and as news names people in full and with titles, an organization. Each occurrence of such a name is a mention, so that "the telecoms giant said"
 * and "it said" can refer to it.
 */
final class UntaggedNames {
  /** Lemmas of verbs that only a source is the subject of. */
  private static final Set<String> SPEECH_VERBS = ImmutableSet.of("say", "tell", "report",
      "announce", "claim", "add", "warn", "state", "confirm", "deny", "insist", "argue",
      "predict", "estimate", "forecast", "reveal", "disclose");
  /** Offices written as acronyms, which "the MEP said" has for a subject as a name is had. */
  private static final Set<String> OFFICES = ImmutableSet.of("MP", "MPs", "MEP", "MSP", "MLA",
      "AM", "QC", "CEO", "PM", "GP");
  /** Those who speak for a body: "a Vexo spokesman said". */
  private static final Set<String> SPOKESPEOPLE = ImmutableSet.of("spokesman", "spokeswoman",
      "spokesperson");
  private static final Pattern TITLE = Pattern.compile(
      "(?:Mr|Mrs|Ms|Miss|Dr|Mister|Lord|Lady|Sir|Dame|Baroness|Prof|Professor|Judge|Rev)\\.?");

  private UntaggedNames() {}

  /**
   * The names that speak in the article and that the tagger tagged nowhere, and that are
   * neither a country's nor led by a first name.
   */
  static Set<String> speaking(AnnotatedArticle article, CountryTable countries,
                              FirstNames firstNames) {
    Set<String> out = new LinkedHashSet<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      if (titleCase(tokens)) {
        continue;
      }
      for (Token t : tokens) {
        if (!t.pos().startsWith("NNP") || !t.ner().equals("O") || !speaks(s, t)) {
          continue;
        }
        int first = t.index();
        while (first > 0 && nameWord(tokens.get(first - 1))
            && tokens.get(first - 1).head() == t.index()) {
          first--;
        }
        boolean partlyTagged = tokens.subList(first, t.index()).stream()
            .anyMatch(w -> !w.ner().equals("O"));
        if (partlyTagged || first > 0 && TITLE.matcher(tokens.get(first - 1).word()).matches()
            || firstNames.genderOf(tokens.get(first).word()) != Actor.Gender.UNKNOWN) {
          continue;
        }
        String name = article.text().substring(tokens.get(first).begin(), t.end());
        if (name.length() >= 2 && !OFFICES.contains(name) && whole(s, first, t.index())
            && wordOfItsOwn(article, s, first, t.index())
            && countries.lookup(name).isEmpty() && untaggedEverywhere(article, name)) {
          out.add(name);
        }
      }
    }
    return out;
  }

  /**
   * Every occurrence of one of {@code names} as a source ({@link #speaks}) that no mention of
   * the tagger's touches: a whole run of proper nouns ("Hedge" of "Zero Hedge" is none),
   * outside title-case lines. Other occurrences are left alone: the tagger tags one-word
   * fragments as organizations ("Office", "State"), and only a source's name is worth the risk.
   */
  static List<Span> occurrences(AnnotatedArticle article, Set<String> names) {
    List<Span> out = new ArrayList<>();
    if (names.isEmpty()) {
      return out;
    }
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      if (titleCase(tokens)) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.get(i).pos().startsWith("NNP") || i > 0
            && tokens.get(i - 1).pos().startsWith("NNP")) {
          continue;
        }
        int last = i;
        while (last + 1 < tokens.size() && tokens.get(last + 1).pos().startsWith("NNP")) {
          last++;
        }
        Token head = tokens.get(last);
        Span span = new Span(tokens.get(i).begin(), head.end(),
            article.text().substring(tokens.get(i).begin(), head.end()));
        if (names.contains(span.text()) && speaks(s, head) && whole(s, i, last)
            && article.entities().stream().noneMatch(e -> e.span().overlaps(span))) {
          out.add(span);
        }
        i = last;
      }
    }
    return out;
  }

  /**
   * Tokens {@code first} to {@code last} are the whole name, not a piece of a longer one
   * ("Office of the Deputy Prime Minister", "Pakistan's High Commissioner", "Il Sole 24 Ore",
   * "the Indian Government"): nothing modifies its last word but "the".
   */
  private static boolean whole(Sentence s, int first, int last) {
    for (Token d : s.dependents(last)) {
      String rel = d.deprel();
      boolean inside = d.index() >= first && d.index() < last;
      boolean allowed = rel.equals("case") || rel.equals("punct") || rel.equals("cc")
          || rel.equals("conj") || rel.equals("appos") || rel.startsWith("acl")
          || rel.equals("det") && lower(d.word()).equals("the");
      if (!inside && !allowed) {
        return false;
      }
    }
    return true;
  }

  /** A headline's or a title's line: most of its longer words capitalized. */
  static boolean titleCase(List<Token> tokens) {
    int words = 0;
    int capitalized = 0;
    for (Token t : tokens) {
      if (t.word().length() >= 4 && Character.isLetter(t.word().charAt(0))) {
        words++;
        if (Character.isUpperCase(t.word().charAt(0))) {
          capitalized++;
        }
      }
    }
    return words >= 3 && capitalized * 5 > words * 3;
  }

  /** A word of a name before its last ("Zero" of "Zero Hedge", whatever its tag). */
  private static boolean nameWord(Token t) {
    return (t.pos().startsWith("NNP") || Character.isUpperCase(t.word().charAt(0)))
        && t.deprel().startsWith("compound");
  }

  /**
   * {@code t} is the subject of a verb of saying ("Halifax said"), or what "according to"
   * introduces, or the body of a spokesman who is the one ("a Vexo spokesman said").
   */
  private static boolean speaks(Sentence s, Token t) {
    if (t.head() < 0) {
      return false;
    }
    Token head = s.tokens().get(t.head());
    if (t.deprel().equals("nsubj") && speechVerb(head)) {
      return true;
    }
    // "said a Vexo spokesman": the body a spokesman speaks for
    if (t.deprel().equals("compound") && SPOKESPEOPLE.contains(lower(head.lemma()))
        && head.head() >= 0) {
      Token verb = s.tokens().get(head.head());
      boolean subject = head.deprel().equals("nsubj");
      boolean inverted = head.index() > verb.index() && (head.deprel().equals("obj")
          || head.deprel().equals("nsubj"));
      return speechVerb(verb) && (subject || inverted);
    }
    return s.dependents(t.index()).stream().anyMatch(d -> d.deprel().equals("case")
        && lower(d.word()).equals("according"));
  }

  /** A verb that only a source is the subject of ({@link #SPEECH_VERBS}). */
  static boolean speechVerb(Token t) {
    return t.pos().startsWith("VB") && SPEECH_VERBS.contains(lower(t.lemma()));
  }

  /**
   * A one-word name that opens its sentence is a capitalized common word as often as a name
   * ("Critics said"): it names only when it is an acronym or the article writes it capitalized
   * inside a sentence too; and a one-word name is not written in lower case elsewhere
   * ("Next said" of the retailer is "next" as often).
   */
  private static boolean wordOfItsOwn(AnnotatedArticle article, Sentence s, int first,
                                      int last) {
    if (last > first) {
      return true;
    }
    String word = s.tokens().get(first).word();
    if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower(word))
        + "(?![\\p{L}\\p{N}])").matcher(article.text()).find()) {
      return false;
    }
    if (first > 0 || word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return true;
    }
    for (Sentence other : article.sentences()) {
      for (Token t : other.tokens()) {
        if (t.index() > 0 && t.word().equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** No mention of the tagger's holds or is held in the name. */
  private static boolean untaggedEverywhere(AnnotatedArticle article, String name) {
    return article.entities().stream().map(e -> e.span().text().strip())
        .noneMatch(e -> e.contains(name) || name.contains(e));
  }

  private static String lower(String w) {
    return w == null ? "" : w.toLowerCase(Locale.ROOT);
  }
}
