package org.newskg.eval;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The quote metrics of {@code ../shared/eval/score.py}, the reference definition, in Java:
 * each system statement is matched to the gold span whose text it overlaps most; speaker
 * accuracy counts gold speech/partial spans whose matched statements name the same agent
 * (lenient: titles dropped, surname or initials match); about precision/recall compare the
 * entities the statements are about. Kept line by line with the script so the numbers agree.
 */
public final class QuoteScorer {
  private static final Set<String> TITLES = ImmutableSet.of("mr", "ms", "mrs", "dr",
      "president", "prime", "minister", "the", "sir", "lt", "col", "gen", "maj", "pvt", "sgt",
      "sen", "rep", "gov", "vice", "chancellor", "premier", "king", "queen", "pope", "prof",
      "of");
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  private static final Pattern EDGE_PUNCT =
      Pattern.compile("(?U)^[\\s,.;:!?—-]+|[\\s,.;:!?—-]+$");
  private static final Pattern POSSESSIVE = Pattern.compile("(?U)'s\\b");
  private static final Pattern INITIAL_DOT = Pattern.compile("(?U)\\b([a-z])\\.(?=[a-z]\\.)");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern TXT_SUFFIX = Pattern.compile("\\.txt$");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  /**
   * One gold span. {@code kind} is speech, partial, term or title; {@code article} the file name
   * or id it belongs to, or null; {@code speakerAlternatives} other names as good as speaker.
   */
  public record Gold(String article, int line, String quote, String kind, String speaker,
                     List<String> speakerAlternatives, List<String> about) {
    public Gold {
      speakerAlternatives = List.copyOf(speakerAlternatives);
      about = List.copyOf(about);
    }

    public Gold(int line, String quote, String kind, String speaker, List<String> about) {
      this(null, line, quote, kind, speaker, List.of(), about);
    }
  }

  /**
   * One system statement; {@code article} is its article's IRI or id, or null; {@code kind}
   * "direct", "partial", "indirect", "nominal", "term" or "title", or null when not known;
   * {@code rule} and {@code confidence} say how its speaker was chosen (null when not known or
   * no one was), for reading the errors: the scores do not use them.
   */
  public record SystemStatement(String article, String quote, String speaker,
                                List<String> about, String kind, String rule,
                                Double confidence) {
    public SystemStatement(String article, String quote, String speaker, List<String> about,
                           String kind) {
      this(article, quote, speaker, about, kind, null, null);
    }

    public SystemStatement(String article, String quote, String speaker, List<String> about) {
      this(article, quote, speaker, about, null);
    }

    public SystemStatement(String quote, String speaker, List<String> about) {
      this(null, quote, speaker, about, null);
    }
  }

  /** A gold span the system got wrong: missed, unattributed or wrong. */
  public record Error(String type, int line, String quote, String gold, String system) {}

  /** The metrics, with the same names as score.py's JSON. */
  public record Result(int goldAttributable, int detected, int speakerCorrect,
                       int attributedSystem, int termsTitlesAttributed, int spurious,
                       int aboutTp, int aboutFp, int aboutFn, List<Error> errors) {
    public double detectionRecall() {
      return ratio(detected, goldAttributable);
    }

    public double speakerAccuracy() {
      return ratio(speakerCorrect, goldAttributable);
    }

    public double speakerPrecision() {
      return ratio(speakerCorrect, attributedSystem + termsTitlesAttributed);
    }

    public double aboutPrecision() {
      return ratio(aboutTp, aboutTp + aboutFp);
    }

    public double aboutRecall() {
      return ratio(aboutTp, aboutTp + aboutFn);
    }

    /** The metrics line as score.py prints it. */
    public String toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gold_attributable", goldAttributable);
      m.put("detected", detected);
      m.put("detection_recall", round(detected, goldAttributable));
      m.put("speaker_correct", speakerCorrect);
      m.put("speaker_accuracy_on_gold", round(speakerCorrect, goldAttributable));
      m.put("speaker_precision", round(speakerCorrect, attributedSystem + termsTitlesAttributed));
      m.put("terms_titles_attributed", termsTitlesAttributed);
      m.put("spurious_statements", spurious);
      m.put("about_precision", round(aboutTp, aboutTp + aboutFp));
      m.put("about_recall", round(aboutTp, aboutTp + aboutFn));
      StringBuilder b = new StringBuilder("{");
      m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append('"').append(k)
          .append("\": ").append(v));
      return b.append('}').toString();
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    /** score.py's "round(a / b, 3) if b else 0": a plain 0 when there is nothing to divide. */
    private static String round(int a, int b) {
      return b == 0 ? "0" : QuoteScorer.round((double) a / b, 3);
    }
  }

  /**
   * Python's round(x, places) as json.dumps prints it: half-even on the exact binary value,
   * shortest form, at least one decimal ("1.0"). The event scorer prints with it too.
   */
  static String round(double x, int places) {
    BigDecimal d = new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    String s = d.toPlainString();
    return s.contains(".") ? s : s + ".0";
  }

  public Result score(List<Gold> gold, List<SystemStatement> system) {
    List<String> goldNorm = gold.stream().map(g -> normText(g.quote())).toList();
    Set<String> goldKeys = new HashSet<>();
    gold.stream().filter(g -> g.article() != null && !g.article().isEmpty())
        .forEach(g -> goldKeys.add(articleKey(g.article())));
    // a pair is compared unless both name an article and they differ; a system article that
    // none of the gold articles names (read under another id) is compared with all of them.
    // Each article's key once: a pair's check is then one string search
    List<String> goldArticleKeys = gold.stream().map(g -> g.article() == null
        || g.article().isEmpty() ? null : articleKey(g.article())).toList();
    Map<Integer, List<SystemStatement>> matched = new LinkedHashMap<>();
    int spurious = 0;
    for (SystemStatement s : system) {
      String sn = normText(s.quote());
      String sk = s.article() == null || s.article().isEmpty() ? null : articleKey(s.article());
      boolean known = sk != null && goldKeys.stream().anyMatch(k -> !k.isEmpty() && sk.contains(k));
      double best = 0;
      int bestIndex = -1;
      for (int i = 0; i < goldNorm.size(); i++) {
        if (known && goldArticleKeys.get(i) != null && !sk.contains(goldArticleKeys.get(i))) {
          continue;
        }
        double o = matchScore(sn, goldNorm.get(i));
        if (o > best || (o == best && bestIndex >= 0 && matched.containsKey(bestIndex)
            && !matched.containsKey(i))) {
          best = o;
          bestIndex = i;
        }
      }
      if (best >= 0.5) {
        matched.computeIfAbsent(bestIndex, k -> new ArrayList<>()).add(s);
      } else {
        spurious++;
      }
    }
    int attributable = 0;
    int found = 0;
    int correct = 0;
    int attributedSystem = 0;
    int termAsStatement = 0;
    int aboutTp = 0;
    int aboutFp = 0;
    int aboutFn = 0;
    List<Error> errors = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      Gold g = gold.get(i);
      List<SystemStatement> rows = matched.getOrDefault(i, List.of());
      boolean speech = g.kind().equals("speech") || g.kind().equals("partial");
      if (!speech) {
        if (rows.stream().anyMatch(r -> r.speaker() != null && !r.speaker().isEmpty())) {
          termAsStatement++;
        }
        continue;
      }
      attributable++;
      String shortQuote = g.quote().substring(0, Math.min(60, g.quote().length()));
      if (rows.isEmpty()) {
        errors.add(new Error("missed", g.line(), shortQuote, g.speaker(), null));
        continue;
      }
      found++;
      String sp = rows.stream().map(SystemStatement::speaker)
          .filter(x -> x != null && !x.isEmpty()).findFirst().orElse(null);
      if (sp != null) {
        attributedSystem++;
      }
      if (sp != null && (sameAgent(sp, g.speaker())
          || g.speakerAlternatives().stream().anyMatch(alt -> sameAgent(sp, alt)))) {
        correct++;
      } else {
        errors.add(new Error(sp != null ? "wrong" : "unattributed", g.line(), shortQuote,
            g.speaker(), sp));
      }
      Set<String> systemAbout = new LinkedHashSet<>();
      rows.forEach(r -> systemAbout.addAll(r.about()));
      List<String> goldAbout = g.about();
      Set<Integer> used = new HashSet<>();
      for (String a : systemAbout) {
        int hit = -1;
        for (int k = 0; k < goldAbout.size(); k++) {
          if (!used.contains(k) && sameAgent(a, goldAbout.get(k))) {
            hit = k;
            break;
          }
        }
        if (hit < 0) {
          aboutFp++;
        } else {
          used.add(hit);
          aboutTp++;
        }
      }
      aboutFn += goldAbout.size() - used.size();
    }
    return new Result(attributable, found, correct, attributedSystem, termAsStatement, spurious,
        aboutTp, aboutFp, aboutFn, errors);
  }

  public static String normText(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    t = t.replace("’", "'").replace("‘", "'").replace("“", "").replace("”", "")
        .replace("\"", "");
    t = SPACES.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    return EDGE_PUNCT.matcher(t).replaceAll("");
  }

  static List<String> nameTokens(String name) {
    String s = Normalizer.normalize((name == null ? "" : name).toLowerCase(Locale.ROOT),
        Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "").replace("’", "'");
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = INITIAL_DOT.matcher(s).replaceAll("$1");
    List<String> tokens = new ArrayList<>();
    for (String t : NON_ALNUM.split(s)) {
      if (!t.isEmpty() && !TITLES.contains(t)) {
        tokens.add(t);
      }
    }
    return tokens;
  }

  /** Lenient name match: titles dropped; surname or contiguous-part match counts. */
  public static boolean sameAgent(String systemName, String goldName) {
    List<String> a = nameTokens(systemName);
    List<String> b = nameTokens(goldName);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    if (longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)) {
      return true;
    }
    if (a.get(0).equals(b.get(0)) && a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
      return true;
    }
    if (a.get(a.size() - 1).equals(b.get(b.size() - 1))
        && a.get(0).charAt(0) == b.get(0).charAt(0)
        && Math.min(a.get(0).length(), b.get(0).length()) == 1) {
      return true;
    }
    if (shorter.size() == 1 && longer.size() >= 2) {
      StringBuilder initials = new StringBuilder();
      longer.forEach(t -> initials.append(t.charAt(0)));
      if (shorter.get(0).equals(initials.toString())) {
        return true;
      }
    }
    return String.join(" ", longer).contains(String.join(" ", shorter));
  }

  /** "politics/tories-plan.txt", "https://…/article/bbc-politics-tories-plan": comparable. */
  static String articleKey(String s) {
    String t = TXT_SUFFIX.matcher((s == null ? "" : s).toLowerCase(Locale.ROOT)).replaceAll("");
    t = NON_ALNUM.matcher(t).replaceAll("-");
    return EDGE_DASHES.matcher(t).replaceAll("");
  }

  /** 3 identical; 1..2 one contains the other (closer lengths higher); else shared words. */
  public static double matchScore(String sn, String g) {
    if (sn.isEmpty() || g.isEmpty()) {
      return 0;
    }
    if (sn.equals(g)) {
      return 3;
    }
    if (sn.contains(g) || g.contains(sn)) {
      return 1.0 + (double) Math.min(length(sn), length(g)) / Math.max(length(sn), length(g));
    }
    return overlap(sn, g);
  }

  /** Python's len: code points. */
  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  static double overlap(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (b.contains(a) || a.contains(b)) {
      return (double) Math.min(length(a), length(b)) / Math.max(length(a), length(b));
    }
    Set<String> wa = new HashSet<>(List.of(a.split(" ")));
    Set<String> wb = new HashSet<>(List.of(b.split(" ")));
    Set<String> common = new HashSet<>(wa);
    common.retainAll(wb);
    return (double) common.size() / Math.max(wa.size(), wb.size());
  }
}
