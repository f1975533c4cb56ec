package org.newskg.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Sentence;
import org.newskg.extract.Token;

/**
 * The CAMEO verb dictionary of the PETRARCH2 coder ({@code event/cameo-verbs.txt}, converted from
 * {@code CAMEO.2.0.txt}; {@code dictionaries.rst} describes the format): verbs grouped in blocks
 * under a CAMEO code, synonym sets, and patterns that refine a block's code by what the verb
 * governs ({@code - * &CEASEFIRE [081]}: "extend the ceasefire"). Matched against the dependency
 * parse: the verb's lemma and particle, the head of its object and that head's modifiers, its
 * prepositional phrases, its subject.
 */
public final class CameoVerbDictionary {
  /** Words that follow a verb as its particle ("set out", "put down"), not as its object. */
  private static final Set<String> PARTICLES = Set.of("up", "down", "off", "out", "in", "on",
      "away", "back", "aside", "forward", "together", "over", "through", "around", "about",
      "along", "across", "ahead", "apart", "behind", "by", "into", "onto", "upon", "for",
      "with", "to", "from", "against", "at");
  /** Relations under which a pattern's noun may hang on the verb. */
  private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "iobj", "nsubj:pass",
      "xcomp", "ccomp", "advmod", "compound:prt", "obl:npmod", "obl:tmod", "dep");

  /**
   * A noun of a pattern: its head and the words that must modify it ({@code {FINANCIAL AID}}),
   * each a set of alternatives (a synonym set, or one word).
   */
  record Noun(Set<String> head, List<Set<String>> modifiers) {}

  /** A prepositional phrase of a pattern: {@code (FOR AID)}, or {@code (TO)} alone. */
  record Prep(String preposition, Noun object) {}

  /** One pattern line, with the code it gives and its position in the file (earlier wins). */
  record Pattern(List<Noun> subject, List<String> particles, List<Noun> objects,
                 List<Prep> preps, String code, int order) {
    int size() {
      int n = subject.size() + particles.size() + preps.size();
      for (Noun o : objects) {
        n += 1 + o.modifiers().size();
      }
      for (Prep p : preps) {
        n += p.object() == null ? 0 : 1 + p.object().modifiers().size();
      }
      return n;
    }
  }

  /**
   * A verb of a block: its lemma, the particle words after it ({@code CORDON_OFF}), the words
   * just before it ({@code WIRE_+TAP}), and its own code (else the block's).
   */
  record Verb(String lemma, List<String> after, List<String> before, String code, Block block) {}

  /** A synonym block: its code for an isolated verb, and its patterns. */
  static final class Block {
    final String name;
    final String code;
    final List<Pattern> patterns = new ArrayList<>();

    Block(String name, String code) {
      this.name = name;
      this.code = code;
    }
  }

  /**
   * The dictionary's reading of a verb in a sentence.
   *
   * @param code    the full CAMEO code ("081"), never the null code
   * @param verb    the verb entry that matched
   * @param pattern the pattern that refined the code, or null for the verb's own code
   * @param last    index of the last token of the verb phrase (its particle, if any)
   */
  public record Reading(String code, Verb verb, Pattern pattern, int last) {
    public String root() {
      return code.substring(0, 2);
    }

    /** The verb is a phrase of several words ("back down"), not a lemma alone. */
    public boolean phrasal() {
      return !verb.after().isEmpty() || !verb.before().isEmpty();
    }
  }

  private final Map<String, List<Verb>> verbsByLemma;

  private CameoVerbDictionary(Map<String, List<Verb>> verbsByLemma) {
    this.verbsByLemma = verbsByLemma;
  }

  /** The dictionary shipped with newskg. */
  public static CameoVerbDictionary load() {
    String resource = "event/cameo-verbs.txt";
    InputStream in = CameoVerbDictionary.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(r, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a verb dictionary in PETRARCH2's format; {@code where} names it in errors. */
  public static CameoVerbDictionary read(Reader reader, String where) throws IOException {
    Map<String, Set<String>> synsets = new HashMap<>();
    Map<String, List<Verb>> verbs = new HashMap<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    String synset = null;
    Block block = null;
    int n = 0;
    int order = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String text = stripComment(line).strip();
      if (text.isEmpty() || text.startsWith("~")) {
        continue;
      }
      try {
        if (text.startsWith("&")) {
          synset = text.substring(1).toLowerCase(Locale.ROOT);
          synset = synset.endsWith("_") ? synset.substring(0, synset.length() - 1) : synset;
          synsets.put(synset, new LinkedHashSet<>());
          block = null;
        } else if (text.startsWith("---")) {
          synset = null;
          String[] f = text.replace("---", " ").strip().split("\\s+");
          block = new Block(f[0], code(f.length > 1 ? f[1] : "[---]"));
        } else if (text.startsWith("+") && synset != null && block == null) {
          synsets.get(synset).add(headOfPhrase(text.substring(1)));
        } else if (text.startsWith("-") && block != null) {
          Pattern p = pattern(text.substring(1).strip(), synsets, order++);
          if (p != null) {
            block.patterns.add(p);
          }
        } else if (block != null) {
          Verb v = verb(text, block);
          if (v != null) {
            verbs.computeIfAbsent(v.lemma(), k -> new ArrayList<>()).add(v);
          }
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(where + ":" + n + ": cannot read \"" + line + "\" ("
            + e.getMessage() + ")", e);
      }
    }
    // phrasal verbs first: "ask for" before "ask"
    verbs.values().forEach(l -> l.sort((a, b) -> Integer.compare(
        b.after().size() + b.before().size(), a.after().size() + a.before().size())));
    return new CameoVerbDictionary(verbs);
  }

  /** How many verb forms the dictionary knows. */
  public int size() {
    return verbsByLemma.values().stream().mapToInt(List::size).sum();
  }

  /** The verbs of the dictionary with this lemma (lower case), phrasal forms first. */
  List<Verb> verbs(String lemma) {
    return verbsByLemma.getOrDefault(lemma, List.of());
  }

  /**
   * The code the dictionary gives verb token {@code i}: the most specific pattern that fits
   * what the verb governs, else the verb's own code; empty for a verb it does not know or codes
   * as no event.
   */
  public Optional<Reading> read(Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (!t.pos().startsWith("VB")) {
      return Optional.empty();
    }
    // every entry that fits competes: "put down the riot" is PUT's pattern DOWN RIOT, not the
    // phrasal PUT_DOWN's own code; the most words matched wins, a phrasal verb first on a tie
    Reading best = null;
    int bestSize = -1;
    for (Verb v : verbs(TriggerLexicon.lemma(t))) {
      int last = phraseFits(s, i, v);
      if (last < 0) {
        continue;
      }
      int phrasal = v.after().size() + v.before().size();
      if (phrasal > bestSize) {
        best = new Reading(v.code(), v, null, last);
        bestSize = phrasal;
      }
      for (Pattern p : v.block().patterns) {
        if (phrasal + p.size() > bestSize && fits(s, i, p)) {
          best = new Reading(p.code(), v, p, lastParticle(s, i, p, last));
          bestSize = phrasal + p.size();
        }
      }
    }
    return best == null || best.code() == null ? Optional.empty() : Optional.of(best);
  }

  /** The trigger runs to the pattern's particle when it follows the verb ("put down"). */
  private static int lastParticle(Sentence s, int verb, Pattern p, int last) {
    for (Token d : s.dependents(verb)) {
      if (d.deprel().equals("compound:prt") && p.particles().contains(TriggerLexicon.lemma(d))) {
        last = Math.max(last, d.index());
      }
    }
    return last;
  }

  /** Index of the phrasal verb's last token when its other words are there, else -1. */
  private static int phraseFits(Sentence s, int i, Verb v) {
    int last = i;
    for (String w : v.after()) {
      int found = -1;
      for (Token d : s.dependents(i)) {
        if (word(d, w) && (d.deprel().equals("compound:prt") || d.deprel().equals("advmod")
            || d.deprel().equals("case"))) {
          found = d.index();
        }
        if (found < 0 && (d.deprel().startsWith("obl") || d.deprel().startsWith("nmod"))
            && w.equals(s.preposition(d.index())) && d.index() > i) {
          found = i + 1 < s.tokens().size() && word(s.tokens().get(i + 1), w) ? i + 1 : i;
        }
      }
      if (found < 0) {
        return -1;
      }
      last = Math.max(last, found);
    }
    for (int k = 0; k < v.before().size(); k++) {
      int at = i - v.before().size() + k;
      if (at < 0 || !word(s.tokens().get(at), v.before().get(k))) {
        return -1;
      }
    }
    return last;
  }

  private static boolean fits(Sentence s, int verb, Pattern p) {
    for (String particle : p.particles()) {
      boolean found = false;
      for (Token d : s.dependents(verb)) {
        found |= word(d, particle) && !d.deprel().startsWith("obl");
      }
      if (!found) {
        return false;
      }
    }
    for (Noun subject : p.subject()) {
      boolean found = false;
      for (Token d : s.dependents(verb)) {
        found |= d.deprel().startsWith("nsubj") && !d.deprel().equals("nsubj:pass")
            && nounFits(s, d, subject);
      }
      if (!found) {
        return false;
      }
    }
    List<Integer> objects = new ArrayList<>();
    for (Noun object : p.objects()) {
      int found = -1;
      for (Token d : s.dependents(verb)) {
        if (found < 0 && OBJECT_RELATIONS.contains(d.deprel()) && nounFits(s, d, object)) {
          found = d.index();
        }
        // "extend the same pause": a noun first in a coordination, or under a quantity
        for (Token dd : found < 0 && d.deprel().equals("obj") ? s.dependents(d.index())
            : List.<Token>of()) {
          if (dd.deprel().startsWith("nmod") && "of".equals(s.preposition(dd.index()))
              && nounFits(s, dd, object)) {
            found = dd.index();
          }
        }
      }
      if (found < 0) {
        return false;
      }
      objects.add(found);
    }
    for (Prep prep : p.preps()) {
      boolean found = false;
      List<Integer> hosts = new ArrayList<>(objects);
      hosts.add(verb);
      for (int h : hosts) {
        for (Token d : s.dependents(h)) {
          if ((d.deprel().startsWith("obl") || d.deprel().startsWith("nmod")
              || d.deprel().startsWith("advcl")) && prep.preposition().equals(markerOf(s, d))
              && (prep.object() == null || nounFits(s, d, prep.object()))) {
            found = true;
          }
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** The preposition or subordinating word of a dependent ("for", "to"). */
  private static String markerOf(Sentence s, Token d) {
    for (Token c : s.dependents(d.index())) {
      if (c.deprel().equals("case") || c.deprel().equals("mark")) {
        return c.word().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static boolean nounFits(Sentence s, Token t, Noun n) {
    if (!anyWord(t, n.head())) {
      return false;
    }
    for (Set<String> m : n.modifiers()) {
      boolean found = false;
      for (Token d : s.dependents(t.index())) {
        found |= anyWord(d, m);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyWord(Token t, Set<String> words) {
    return words.contains(TriggerLexicon.lemma(t))
        || words.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean word(Token t, String w) {
    return w.equals(TriggerLexicon.lemma(t)) || w.equals(t.word().toLowerCase(Locale.ROOT));
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** The head (last word) of a synonym phrase, lower case: "nuclear_weapon" → "weapon". */
  private static String headOfPhrase(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT);
    p = p.endsWith("_") ? p.substring(0, p.length() - 1) : p;
    String[] words = p.split("[_ ]+");
    return words[words.length - 1];
  }

  /** "[081]" → "081"; "[042:043]" → "042"; "[:173]" → "173"; "[---]" → null. */
  static String code(String bracketed) {
    // one line of CAMEO.2.0 carries a coder's mark after its code ("[080!]")
    String c = bracketed.replace("[", "").replace("]", "").replace("!", "").strip();
    int colon = c.indexOf(':');
    if (colon >= 0) {
      c = colon > 0 ? c.substring(0, colon) : c.substring(colon + 1);
    }
    if (c.startsWith("---") || c.isEmpty()) {
      return null;
    }
    if (!c.matches("\\d{3,4}") || Integer.parseInt(c.substring(0, 2)) < 1
        || Integer.parseInt(c.substring(0, 2)) > 20) {
      throw new IllegalArgumentException("not a CAMEO code: " + bracketed);
    }
    return c;
  }

  /** A verb line: "ASK [020]", "+ASK_FOR {+ASKED_FOR …} [020]", "WIRE_+TAP {…}". */
  private static Verb verb(String text, Block block) {
    String t = text.replaceAll("\\{[^}]*}", " ").strip();
    String code = block.code;
    int bracket = t.indexOf('[');
    if (bracket >= 0) {
      code = code(t.substring(bracket, t.indexOf(']', bracket) + 1));
      t = t.substring(0, bracket).strip();
    }
    if (t.isEmpty()) {
      return null;
    }
    String[] words = t.split("\\s+")[0].toLowerCase(Locale.ROOT).split("_");
    int verbAt = 0;
    for (int k = 0; k < words.length; k++) {
      if (words[k].startsWith("+")) {
        verbAt = k;
        words[k] = words[k].substring(1);
      }
    }
    List<String> all = new ArrayList<>();
    for (String w : words) {
      all.add(w);
    }
    if (all.stream().anyMatch(String::isEmpty)) {
      return null;
    }
    return new Verb(all.get(verbAt), List.copyOf(all.subList(verbAt + 1, all.size())),
        List.copyOf(all.subList(0, verbAt)), code, block);
  }

  /** A pattern line after its "-": "* {FINANCIAL AID} (FOR &REFUGEE) [0233]". */
  private static Pattern pattern(String text, Map<String, Set<String>> synsets, int order) {
    int bracket = text.lastIndexOf('[');
    if (bracket < 0) {
      throw new IllegalArgumentException("no code");
    }
    String code = code(text.substring(bracket, text.indexOf(']', bracket) + 1));
    String body = text.substring(0, bracket).strip();
    int star = body.indexOf('*');
    if (star < 0) {
      return null;
    }
    List<Noun> subject = new ArrayList<>();
    for (String part : parts(body.substring(0, star))) {
      Noun noun = noun(part, synsets);
      if (noun == null) {
        return null;
      }
      if (!part.startsWith("(")) {
        subject.add(noun);
      }
    }
    List<String> particles = new ArrayList<>();
    List<Noun> objects = new ArrayList<>();
    List<Prep> preps = new ArrayList<>();
    for (String part : parts(body.substring(star + 1))) {
      if (part.startsWith("(")) {
        String inner = part.substring(1, part.length() - 1).strip();
        String[] f = inner.split("\\s+", 2);
        Noun object = null;
        if (f.length > 1 && !f[1].isBlank()) {
          object = noun(f[1], synsets);
          if (object == null) {
            continue;
          }
        }
        preps.add(new Prep(f[0].toLowerCase(Locale.ROOT), object));
      } else if (objects.isEmpty() && preps.isEmpty()
          && PARTICLES.contains(part.toLowerCase(Locale.ROOT))) {
        particles.add(part.toLowerCase(Locale.ROOT));
      } else {
        Noun noun = noun(part, synsets);
        if (noun == null) {
          return null;  // an undefined synonym set: the pattern is ignored, as PETRARCH does
        }
        if (!noun.head().isEmpty()) {
          objects.add(noun);
        }
      }
    }
    if (subject.isEmpty() && particles.isEmpty() && objects.isEmpty() && preps.isEmpty()) {
      return null;
    }
    return new Pattern(List.copyOf(subject), List.copyOf(particles), List.copyOf(objects),
        List.copyOf(preps), code, order);
  }

  /** Splits a pattern side into words, {braced phrases} and (prepositional phrases). */
  private static List<String> parts(String side) {
    List<String> out = new ArrayList<>();
    int k = 0;
    while (k < side.length()) {
      char c = side.charAt(k);
      if (Character.isWhitespace(c)) {
        k++;
        continue;
      }
      int end;
      if (c == '(' || c == '{') {
        int depth = 0;
        end = k;
        while (end < side.length()) {
          char e = side.charAt(end);
          depth += e == '(' || e == '{' ? 1 : e == ')' || e == '}' ? -1 : 0;
          end++;
          if (depth == 0) {
            break;
          }
        }
      } else {
        end = k;
        while (end < side.length() && !Character.isWhitespace(side.charAt(end))
            && side.charAt(end) != '(' && side.charAt(end) != '{') {
          end++;
        }
      }
      String part = side.substring(k, end).strip();
      // $ + % ^ mark where the source and target actors stand: our roles come from the parse
      if (!part.matches("[$+%^]+")) {
        out.add(part);
      }
      k = end;
    }
    return out;
  }

  /** A noun or {braced phrase}, its last word the head; null for an undefined synonym set. */
  private static Noun noun(String part, Map<String, Set<String>> synsets) {
    String p = part.startsWith("{") ? part.substring(1, part.length() - 1) : part;
    List<Set<String>> words = new ArrayList<>();
    for (String w : p.strip().split("[\\s_]+")) {
      if (w.isEmpty() || w.matches("[$+%^]+")) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.startsWith("&")) {
        Set<String> set = synsets.get(lower.substring(1).replaceAll("_$", ""));
        if (set == null) {
          return null;
        }
        words.add(set);
      } else {
        words.add(Set.of(lower));
      }
    }
    if (words.isEmpty()) {
      return new Noun(Set.of(), List.of());
    }
    return new Noun(words.get(words.size() - 1), List.copyOf(words.subList(0, words.size() - 1)));
  }
}
