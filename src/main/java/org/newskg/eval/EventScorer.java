package org.newskg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newskg.event.QuadClass;

/**
 * The event metrics of {@code ../shared/eval/score_events.py}, ported line by line: a gold event
 * is found when a system event's sentence lies inside one of the gold event's lines and shares
 * a participant with it (the lenient name match of score.py); type and QuadClass accuracy take
 * the best candidate, date accuracy any candidate. Extra system events are counted, not
 * punished.
 */
public final class EventScorer {
  // Python's \s (str.isspace): Unicode white space plus the separators U+001C..U+001F
  private static final Pattern SPACES = Pattern.compile("[\\p{IsWhite_Space}\\x1c-\\x1f]+");
  /** score_events.py also accepts a system sentence whose first 40 characters lie in a line. */
  static final int PREFIX = 40;

  /**
   * A gold event: its article (headline, or first five words when it has none), its first
   * line, every line that mentions it, its type, who, when.
   */
  public record Gold(String article, int line, List<Integer> lines, String trigger,
                     String cameo, List<String> actors, List<String> targets, String date) {
    /** A gold event whose article is not named. */
    public Gold(int line, List<Integer> lines, String trigger, String cameo, List<String> actors,
                List<String> targets, String date) {
      this(null, line, lines, trigger, cameo, actors, targets, date);
    }

    public Gold {
      lines = List.copyOf(lines);
      actors = List.copyOf(actors);
      targets = List.copyOf(targets);
    }
  }

  /** A system event as score_events.py reads it; date as YYYY-MM-DD or null. */
  public record SystemEvent(String sentence, String trigger, String cameo, List<String> actors,
                            List<String> targets, String date, String place) {
    public SystemEvent {
      actors = List.copyOf(actors);
      targets = List.copyOf(targets);
    }
  }

  /** A gold event no system event found. */
  public record Miss(int line, String cameo, String trigger, List<String> participants) {
    /** The line score_events.py prints for it: {@code missed L%-4s %s %-20s %s}. */
    public String toLine() {
      return String.format("missed L%-4s %s %-20s %s", line, cameo,
          trigger == null ? "None" : trigger, pythonList(participants));
    }

    /** A list of strings as Python's repr() writes it: ['a', "it's"]. */
    static String pythonList(List<String> items) {
      StringBuilder b = new StringBuilder("[");
      for (String s : items) {
        if (b.length() > 1) {
          b.append(", ");
        }
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        b.append(q);
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (c == '\\' || c == q) {
            b.append('\\');
          }
          b.append(c);
        }
        b.append(q);
      }
      return b.append(']').toString();
    }
  }

  public record Result(int goldEvents, int found, int typeCorrect, int quadClassCorrect,
                       int dated, int dateCorrect, int systemEvents, List<Miss> misses) {
    public double salientRecall() {
      return goldEvents == 0 ? 0 : (double) found / goldEvents;
    }

    public double typeAccuracy() {
      return found == 0 ? 0 : (double) typeCorrect / found;
    }

    public double quadClassAccuracy() {
      return found == 0 ? 0 : (double) quadClassCorrect / found;
    }

    public double dateAccuracy() {
      return dated == 0 ? 0 : (double) dateCorrect / dated;
    }

    public double systemPerGold() {
      return goldEvents == 0 ? 0 : (double) systemEvents / goldEvents;
    }

    /** The JSON line score_events.py prints, same keys in the same order. */
    public String toJson() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("gold_events", String.valueOf(goldEvents));
      m.put("found", String.valueOf(found));
      // score_events.py prints the int 0 where a denominator is 0
      m.put("salient_recall", goldEvents == 0 ? "0" : QuoteScorer.round(salientRecall(), 3));
      m.put("type_accuracy", found == 0 ? "0" : QuoteScorer.round(typeAccuracy(), 3));
      m.put("quadclass_accuracy",
          found == 0 ? "0" : QuoteScorer.round(quadClassAccuracy(), 3));
      m.put("date_accuracy", dated == 0 ? "0" : QuoteScorer.round(dateAccuracy(), 3));
      m.put("system_events", String.valueOf(systemEvents));
      m.put("system_per_gold", goldEvents == 0 ? "0" : QuoteScorer.round(systemPerGold(), 2));
      StringBuilder b = new StringBuilder("{");
      m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append('"').append(k)
          .append("\": ").append(v));
      return b.append('}').toString();
    }
  }

  /**
   * @param sourceLines the source text split on "\n", as the gold's line numbers count them
   */
  public Result score(List<Gold> gold, List<String> sourceLines, List<SystemEvent> system) {
    List<String> lines = sourceLines.stream().map(EventScorer::norm).toList();
    int found = 0;
    int typeOk = 0;
    int quadOk = 0;
    int dated = 0;
    int dateOk = 0;
    List<Miss> misses = new ArrayList<>();
    for (Gold g : gold) {
      List<String> goldLines = new ArrayList<>();
      for (int i : g.lines().isEmpty() ? List.of(g.line()) : g.lines()) {
        if (i > 0 && i <= lines.size()) {
          goldLines.add(lines.get(i - 1));
        }
      }
      List<String> participants = new ArrayList<>(g.actors());
      participants.addAll(g.targets());
      List<SystemEvent> candidates = new ArrayList<>();
      for (SystemEvent s : system) {
        String sn = norm(s.sentence());
        // Python counts characters in code points
        String prefix = sn.codePointCount(0, sn.length()) > PREFIX
            ? sn.substring(0, sn.offsetByCodePoints(0, PREFIX)) : null;
        if (sn.isEmpty() || goldLines.stream().noneMatch(l -> l.contains(sn)
            || prefix != null && l.contains(prefix))) {
          continue;
        }
        List<String> sp = new ArrayList<>(s.actors());
        sp.addAll(s.targets());
        if (sp.stream().anyMatch(a -> participants.stream()
            .anyMatch(b -> QuoteScorer.sameAgent(a, b)))) {
          candidates.add(s);
        }
      }
      if (candidates.isEmpty()) {
        misses.add(new Miss(g.line(), g.cameo(), g.trigger(), participants));
        continue;
      }
      found++;
      // Python's max() keeps the first of equal keys
      Comparator<SystemEvent> key = Comparator
          .comparing((SystemEvent s) -> Objects.equals(s.cameo(), g.cameo()))
          .thenComparing(s -> Objects.equals(quad(s.cameo()), quad(g.cameo())));
      SystemEvent best = candidates.get(0);
      for (SystemEvent c : candidates) {
        if (key.compare(c, best) > 0) {
          best = c;
        }
      }
      typeOk += Objects.equals(best.cameo(), g.cameo()) ? 1 : 0;
      quadOk += Objects.equals(quad(best.cameo()), quad(g.cameo())) ? 1 : 0;
      if (g.date() != null && !g.date().isEmpty()) {
        dated++;
        dateOk += candidates.stream().anyMatch(s -> g.date().equals(s.date())) ? 1 : 0;
      }
    }
    return new Result(gold.size(), found, typeOk, quadOk, dated, dateOk, system.size(),
        misses);
  }

  private static QuadClass quad(String cameo) {
    try {
      return cameo == null ? null : QuadClass.ofCameo(cameo);
    } catch (IllegalArgumentException e) {
      return null;  // score_events.py: QUAD.get() of an unknown code is None
    }
  }

  /** score_events.py's norm: NFKC, straight quotes, one space, lower case. */
  static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
        .replace("’", "'").replace("“", "\"").replace("”", "\"");
    return SPACES.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
