package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reported-speech metrics of {@code ../shared/eval/score_reported.py}, the reference
 * definition, in Java: each system statement (terms and titles aside) is matched to the
 * attribution of its article whose content it overlaps best by token F1, found at F1 ≥ 0.5;
 * recall and speaker accuracy over the named speech attributions (all, and the indirect ones),
 * precision over the system's statements, content F1 of what is found. Kept line by line with
 * the script so the numbers agree.
 */
public final class ReportedScorer {
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  /**
   * One gold attribution of PolNeAR's {@code attributions.jsonl}: its article, the name in its
   * source (or null) and the other names as good, the cue class ("speech" or "other"), the
   * content's text and the share of it inside quotation marks.
   */
  public record Attribution(String article, String sourceName, List<String> sourceAlternatives,
                            String cueClass, String content, double quoted) {
    public Attribution {
      sourceAlternatives = List.copyOf(sourceAlternatives);
    }
  }

  /** Recall, speaker accuracy and content F1 over a group of attributions. */
  public record Rates(int gold, int found, int right, double contentF1) {
    String toJson() {
      return "{\"gold\": " + gold + ", \"recall\": " + ratio(found, gold)
          + ", \"speaker_accuracy\": " + ratio(right, gold) + ", \"content_f1\": "
          + QuoteScorer.round(contentF1, 3) + "}";
    }
  }

  /** The scores: all named speech attributions, the indirect ones, and precision. */
  public record Result(Rates all, Rates indirect, int systemStatements, int matchedStatements) {
    public String toJson() {
      return "{\"all\": " + all.toJson() + ", \"indirect\": " + indirect.toJson()
          + ", \"system_statements\": " + systemStatements + ", \"precision\": "
          + ratio(matchedStatements, systemStatements) + "}";
    }

    /** The script's text form, three lines. */
    public String toText() {
      StringBuilder b = new StringBuilder();
      for (String group : List.of("all", "indirect")) {
        Rates r = group.equals("all") ? all : indirect;
        b.append(String.format(Locale.ROOT,
            "%-9s gold %5d  recall %.3f  speaker accuracy %.3f  content F1 %.3f%n", group,
            r.gold(), r.gold() == 0 ? 0.0 : (double) r.found() / r.gold(),
            r.gold() == 0 ? 0.0 : (double) r.right() / r.gold(), r.contentF1()));
      }
      b.append(String.format(Locale.ROOT, "precision %.3f of %d system statements",
          systemStatements == 0 ? 0.0 : (double) matchedStatements / systemStatements,
          systemStatements));
      return b.toString();
    }
  }

  /** Reads {@code attributions.jsonl}. */
  public static List<Attribution> load(Path file) throws IOException {
    return GoldLines.read(file, "attribution", o -> new Attribution(
        GoldLines.string(o.get("article")), GoldLines.string(o.get("sourceName")),
        GoldLines.strings(o.get("sourceAlternatives")), GoldLines.string(o.get("cueClass")),
        o.get("content").getAsObject().get("text").getAsString().value(),
        o.get("quoted") == null ? 0 : o.get("quoted").getAsNumber().value().doubleValue()));
  }

  public Result score(List<Attribution> gold, List<QuoteScorer.SystemStatement> system) {
    Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      byArticle.computeIfAbsent(QuoteScorer.articleKey(gold.get(i).article()),
          k -> new ArrayList<>()).add(i);
    }
    List<List<String>> goldTokens = gold.stream().map(g -> tokens(g.content())).toList();
    Map<Integer, Double> bestF1 = new HashMap<>();
    Map<Integer, QuoteScorer.SystemStatement> bestStatement = new HashMap<>();
    int considered = 0;
    int matched = 0;
    for (QuoteScorer.SystemStatement s : system) {
      if ("term".equals(s.kind()) || "title".equals(s.kind())) {
        continue;
      }
      considered++;
      String sk = QuoteScorer.articleKey(s.article() == null ? "" : s.article());
      String key = byArticle.keySet().stream().filter(k -> !k.isEmpty() && sk.contains(k))
          .findFirst().orElse(null);
      if (key == null) {
        continue;
      }
      List<String> st = tokens(s.quote());
      double best = 0;
      int bi = -1;
      for (int i : byArticle.get(key)) {
        double v = f1(st, goldTokens.get(i));
        if (v > best) {
          best = v;
          bi = i;
        }
      }
      if (best >= 0.5) {
        matched++;
        if (best > bestF1.getOrDefault(bi, 0.0)) {
          bestF1.put(bi, best);
          bestStatement.put(bi, s);
        }
      }
    }
    List<Integer> named = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      Attribution g = gold.get(i);
      if ("speech".equals(g.cueClass()) && g.sourceName() != null && !g.sourceName().isEmpty()) {
        named.add(i);
      }
    }
    List<Integer> indirect = named.stream().filter(i -> gold.get(i).quoted() == 0).toList();
    return new Result(rates(named, gold, bestF1, bestStatement),
        rates(indirect, gold, bestF1, bestStatement), considered, matched);
  }

  private static Rates rates(List<Integer> idx, List<Attribution> gold,
                             Map<Integer, Double> bestF1,
                             Map<Integer, QuoteScorer.SystemStatement> bestStatement) {
    int found = 0;
    int right = 0;
    double sum = 0;
    for (int i : idx) {
      if (!bestF1.containsKey(i)) {
        continue;
      }
      found++;
      sum += bestF1.get(i);
      String speaker = bestStatement.get(i).speaker();
      Attribution g = gold.get(i);
      List<String> names = new ArrayList<>();
      names.add(g.sourceName());
      names.addAll(g.sourceAlternatives());
      if (speaker != null && !speaker.isEmpty()
          && names.stream().anyMatch(n -> QuoteScorer.sameAgent(speaker, n))) {
        right++;
      }
    }
    return new Rates(idx.size(), found, right, found == 0 ? 0.0 : sum / found);
  }

  /** The script's words: lower-cased ASCII letters and digits, "’" read as "'". */
  public static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher((s == null ? "" : s).toLowerCase(Locale.ROOT).replace("’", "'"));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Token F1 of two bags of words. */
  public static double f1(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    Map<String, Integer> ca = counts(a);
    Map<String, Integer> cb = counts(b);
    int common = 0;
    for (Map.Entry<String, Integer> e : ca.entrySet()) {
      common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
    }
    if (common == 0) {
      return 0.0;
    }
    double p = (double) common / a.size();
    double r = (double) common / b.size();
    return 2 * p * r / (p + r);
  }

  private static Map<String, Integer> counts(List<String> words) {
    Map<String, Integer> c = new HashMap<>();
    words.forEach(w -> c.merge(w, 1, Integer::sum));
    return c;
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "0" : QuoteScorer.round((double) a / b, 3);
  }

}
