package org.newskg.event;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * The words that report events, per CAMEO root, read from {@code event/triggers.tsv} (data, not
 * code: see that file for the format).
 */
public final class TriggerLexicon {
  /** The cameo column of a verb the dictionary codes but newskg does not take as an event. */
  static final String NOT_AN_EVENT = "--";
  /** The condition of a {@link #NOT_AN_EVENT} line for a verb that is no event by itself. */
  private static final String ALONE = "alone";
  /** The condition of a verb taken only where the dictionary has no pattern or phrase for it. */
  private static final String OTHERWISE = "otherwise";

  /**
   * One line of the lexicon.
   *
   * @param with lemmas of which one must be linked to the trigger in the parse
   * @param asks the lemma of {@code with} must be what the trigger asks its object to do
   *             ("wants Hamas to release")
   * @param untargeted the root of the event when it has no target, or null: "warned Hamas"
   *             threatens, "a charity has warned that jobs will go" makes a statement
   */
  public record Entry(String cameo, boolean verb, List<String> words, boolean negated,
                      Set<String> with, boolean asks, String untargeted) {
    public Entry(String cameo, boolean verb, List<String> words, boolean negated,
                 Set<String> with, boolean asks) {
      this(cameo, verb, words, negated, with, asks, null);
    }

    /** Index of the entry's head word within {@link #words()}: the noun of a compound. */
    int headWord() {
      return verb ? 0 : words.size() - 1;
    }
  }

  /**
   * A trigger found in a sentence.
   *
   * @param head   the token that carries the event in the parse (verb, or the noun)
   * @param first  first token of the trigger words
   * @param last   last token of the trigger words
   * @param code   the full CAMEO code
   * @param dyadic an event only with both who does it and to whom: a verb the dictionary codes
   *               by itself, without a pattern or phrase, as CAMEO codes events between two
   *               actors
   */
  public record Match(Entry entry, int head, int first, int last, String code,
                      boolean dyadic) {
    /** A match of the lexicon's own entry, coded at its root ("18" → "180"). */
    public Match(Entry entry, int head, int first, int last) {
      this(entry, head, first, last, entry.cameo() + "0", false);
    }

    /** The same mention under another root, coded at that root ("01" → "010"). */
    Match recoded(String root) {
      Entry e = new Entry(root, entry.verb(), entry.words(), entry.negated(), entry.with(),
          entry.asks());
      return new Match(e, head, first, last, root + "0", dyadic);
    }

    /** The CAMEO root, "01".."20". */
    public String cameo() {
      return code.substring(0, 2);
    }
  }

  private final ListMultimap<String, Entry> byHeadLemma;
  private final List<Entry> entries;
  private final CameoVerbDictionary dictionary;
  /** Verbs the dictionary codes that are never events here (speech verbs). */
  private final Set<String> neverEvents;
  /** Verbs the dictionary codes that are events here only by a pattern or phrase. */
  private final Set<String> notAlone;
  /** Verbs coded by the lexicon where the dictionary codes them alone or not at all. */
  private final java.util.Map<String, Entry> otherwise;

  public TriggerLexicon(List<Entry> entries) {
    this(entries, null);
  }

  /**
   * The lexicon's entries with a condition first, then the CAMEO verb dictionary for verbs, then
   * the lexicon's other entries (what the dictionary lacks: nouns, verbs it does not code).
   */
  public TriggerLexicon(List<Entry> entries, CameoVerbDictionary dictionary) {
    this.dictionary = dictionary;
    this.neverEvents = entries.stream().filter(e -> e.cameo().equals(NOT_AN_EVENT) && !e.asks()
            && e.with().isEmpty()).map(e -> e.words().get(0))
        .collect(ImmutableSet.toImmutableSet());
    this.notAlone = entries.stream().filter(e -> e.cameo().equals(NOT_AN_EVENT)
            && e.with().contains(ALONE)).map(e -> e.words().get(0))
        .collect(ImmutableSet.toImmutableSet());
    this.otherwise = entries.stream().filter(e -> e.with().contains(OTHERWISE))
        .collect(com.google.common.collect.ImmutableMap.toImmutableMap(
            e -> e.words().get(0), e -> e, (a, b) -> a));
    entries = entries.stream().filter(e -> !e.cameo().equals(NOT_AN_EVENT)
        && !e.with().contains(OTHERWISE)).toList();
    ListMultimap<String, Entry> map = ArrayListMultimap.create();
    // longer phrases first ("slam into" before "slam"), then conditional entries, so that
    // "suspend tariffs" (yield) wins over "suspend" (reduce relations)
    entries.stream()
        .sorted(Comparator.comparingInt((Entry e) -> -e.words().size())
            .thenComparing(e -> e.negated() || !e.with().isEmpty() ? 0 : 1))
        .forEach(e -> map.put(e.words().get(e.headWord()), e));
    this.byHeadLemma = map;
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  public static TriggerLexicon load() {
    String resource = "event/triggers.tsv";
    InputStream in = TriggerLexicon.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        entries.add(parse(line, resource + ":" + n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TriggerLexicon(entries, CameoVerbDictionary.load());
  }

  static Entry parse(String line, String where) {
    String[] f = line.split("\t");
    if (f.length < 3 || !f[0].matches("\\d\\d|--") || !(f[1].equals("V") || f[1].equals("N"))) {
      throw new IllegalArgumentException(where + ": expected cameo, V|N, words: " + line);
    }
    if (!f[0].equals(NOT_AN_EVENT)) {
      QuadClass.ofCameo(f[0]);
    }
    boolean negated = false;
    Set<String> with = Set.of();
    boolean asks = false;
    String untargeted = null;
    if (f.length > 3) {
      if (f[3].startsWith("untargeted=") && !f[0].equals(NOT_AN_EVENT)) {
        untargeted = f[3].substring("untargeted=".length());
        QuadClass.ofCameo(untargeted);
      } else if (f[3].equals(ALONE) && f[0].equals(NOT_AN_EVENT)) {
        with = Set.of(ALONE);
      } else if (f[3].equals(OTHERWISE) && !f[0].equals(NOT_AN_EVENT) && f[1].equals("V")
          && !f[2].contains(" ")) {
        with = Set.of(OTHERWISE);
      } else if (f[3].equals("negated")) {
        negated = true;
      } else if (f[3].startsWith("with=")) {
        with = ImmutableSet.copyOf(f[3].substring(5).split("\\|"));
      } else if (f[3].startsWith("asks=")) {
        with = ImmutableSet.copyOf(f[3].substring(5).split("\\|"));
        asks = true;
      } else {
        throw new IllegalArgumentException(where + ": unknown condition " + f[3]);
      }
    }
    return new Entry(f[0], f[1].equals("V"), List.of(f[2].toLowerCase(Locale.ROOT).split(" ")),
        negated, with, asks, untargeted);
  }

  /** The trigger headed by token {@code i}, if the lexicon has one that fits its context. */
  public Optional<Match> match(Sentence s, int i, boolean negated) {
    Token t = s.tokens().get(i);
    boolean verb = t.pos().startsWith("VB");
    boolean noun = t.pos().startsWith("NN");
    if (!verb && !noun) {
      return Optional.empty();
    }
    if (noun && partOfName(s, t)) {
      return Optional.empty();
    }
    String lemma = lemma(t);
    Optional<Match> conditional = match(s, i, negated, verb, lemma, true);
    if (conditional.isPresent()) {
      return conditional;
    }
    if (verb && neverEvents.contains(lemma)) {
      return Optional.empty();
    }
    Optional<CameoVerbDictionary.Reading> coded = verb && !negated && dictionary != null
        ? dictionary.read(s, i) : Optional.empty();
    Optional<Match> plain = match(s, i, negated, verb, lemma, false);
    if (plain.isPresent()) {
      // the lexicon keeps a verb where its root differs from the dictionary's (news usage:
      // "bombard" assaults, "call on" demands); a dictionary pattern under that root refines it
      return coded.filter(r -> r.root().equals(plain.get().cameo()))
          .map(r -> dictionaryMatch(r, i, false, plain.get().entry().untargeted()))
          .or(() -> plain);
    }
    Optional<Match> dictionaryOnly = coded
        .filter(r -> r.pattern() != null || r.phrasal() || !notAlone.contains(lemma))
        .map(r -> dictionaryMatch(r, i, r.pattern() == null && !r.phrasal(), null));
    Entry fallback = verb && !negated ? otherwise.get(lemma) : null;
    if (fallback != null && (dictionaryOnly.isEmpty() || dictionaryOnly.get().dyadic())) {
      // "T-Mobile has launched its device": no pattern of the dictionary, the lexicon's root
      return Optional.of(new Match(fallback, i, i, i));
    }
    return dictionaryOnly;
  }

  private static Match dictionaryMatch(CameoVerbDictionary.Reading r, int i, boolean dyadic,
                                       String untargeted) {
    CameoVerbDictionary.Verb v = r.verb();
    List<String> words = new ArrayList<>();
    words.add(v.lemma());
    words.addAll(v.after());
    return new Match(new Entry(r.root(), true, words, false, Set.of(), false, untargeted), i, i,
        r.last(), r.code(), dyadic);
  }

  /** The dictionary's code for a verb lemma alone, if it has one (for checking the lexicon). */
  Optional<String> dictionaryCode(String lemma) {
    return dictionary == null ? Optional.empty() : dictionary.verbs(lemma).stream()
        .filter(v -> v.after().isEmpty() && v.before().isEmpty() && v.code() != null)
        .map(CameoVerbDictionary.Verb::code).findFirst();
  }

  private Optional<Match> match(Sentence s, int i, boolean negated, boolean verb, String lemma,
                                boolean conditional) {
    for (Entry e : byHeadLemma.get(lemma)) {
      if (e.verb() != verb || e.negated() != negated
          || conditional != (e.negated() || !e.with().isEmpty())) {
        continue;
      }
      int first = i - e.headWord();
      int last = first + e.words().size() - 1;
      if (first < 0 || last >= s.tokens().size() || !wordsMatch(s, e, first, i)) {
        continue;
      }
      if (!e.with().isEmpty() && !linkedLemmas(s, i).stream().anyMatch(e.with()::contains)) {
        continue;
      }
      if (e.asks() && !asksObject(s, i, e.with())) {
        continue;
      }
      return Optional.of(new Match(e, i, first, last));
    }
    return Optional.empty();
  }

  /**
   * A word of a name ("the Multi-Fibre Agreement", "the Peace Corps") names a treaty or a body,
   * not an event: a proper noun the tagger puts in an entity or gives a proper noun before it,
   * in a sentence not written in title case (a headline's capitalised words stay words).
   */
  private static boolean partOfName(Sentence s, Token t) {
    if (!t.pos().startsWith("NNP")) {
      return false;
    }
    boolean named = t.ner() != null && !t.ner().equals("O")
        || s.dependents(t.index()).stream().anyMatch(d -> d.deprel().equals("compound")
            && d.pos().startsWith("NNP"));
    return named && !titleCase(s);
  }

  /**
   * Most common words capitalised, as headlines are written ("Border Talks Collapse in
   * Lisbon"); names do not count (a sentence full of them is no headline), and a sentence
   * with no common word the tagger saw may be one.
   */
  private static boolean titleCase(Sentence s) {
    int words = 0;
    int capitalised = 0;
    for (Token w : s.tokens()) {
      if (w.index() == 0 || w.word().isEmpty() || !Character.isLetter(w.word().charAt(0))
          || w.pos().startsWith("NNP") || !(w.pos().startsWith("NN") || w.pos().startsWith("VB")
              || w.pos().startsWith("JJ") || w.pos().startsWith("RB"))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(w.word().charAt(0))) {
        capitalised++;
      }
    }
    return words == 0 || capitalised * 2 > words;
  }

  private static boolean wordsMatch(Sentence s, Entry e, int first, int head) {
    for (int k = 0; k < e.words().size(); k++) {
      Token t = s.tokens().get(first + k);
      if (!lemma(t).equals(e.words().get(k)) && !t.word().toLowerCase(Locale.ROOT)
          .equals(e.words().get(k))) {
        return false;
      }
      if (first + k != head && e.verb()) {
        // a particle must belong to the verb ("called on Israel", not "called on Thursday"),
        // or the verb to it, where the parser turned them round and made the particle the
        // sentence's root ("Paying tribute, the minister said")
        if (s.tokens().get(head).head() == first + k) {
          continue;
        }
        if (t.head() < 0 || t.head() != head && s.tokens().get(t.head()).head() != head) {
          return false;
        }
        if (t.head() != head && isTimeOrNumber(s.tokens().get(t.head()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** "wants Hamas to release", not "wants to release": an object, and what it is to do. */
  private static boolean asksObject(Sentence s, int i, Set<String> what) {
    List<Token> dependents = s.dependents(i);
    return dependents.stream().anyMatch(d -> d.deprel().equals("obj"))
        && dependents.stream().anyMatch(d -> d.deprel().equals("xcomp")
            && what.contains(lemma(d)));
  }

  /**
   * True when some entry has this token's lemma as its head word, or the dictionary codes the
   * verb alone, whatever the context.
   */
  public boolean isTrigger(Token t) {
    return byHeadLemma.containsKey(lemma(t)) || otherwise.containsKey(lemma(t))
        || t.pos().startsWith("VB") && dictionaryCode(lemma(t)).isPresent();
  }

  /** Lemmas of the words linked to token i: its dependents, their prepositions, its head. */
  static List<String> linkedLemmas(Sentence s, int i) {
    List<String> out = new ArrayList<>();
    Token t = s.tokens().get(i);
    if (t.head() >= 0) {
      out.add(lemma(s.tokens().get(t.head())));
    }
    for (Token d : s.dependents(i)) {
      out.add(lemma(d));
      for (Token dd : s.dependents(d.index())) {
        if (dd.deprel().equals("case") || dd.deprel().equals("amod")
            || dd.deprel().equals("compound")) {
          out.add(lemma(dd));
        }
      }
    }
    return out;
  }

  static boolean isTimeOrNumber(Token t) {
    return switch (t.ner()) {
      case "DATE", "TIME", "DURATION", "NUMBER", "SET" -> true;
      default -> false;
    };
  }

  static String lemma(Token t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }
}
