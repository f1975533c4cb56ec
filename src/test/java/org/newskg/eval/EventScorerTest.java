package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port of score_events.py on a small source, gold and system of our own: every rule of
 * the reference, and the same figures as the reference itself where python3 and ../shared are
 * here.
 */
class EventScorerTest {
  private static final List<String> SOURCE = List.of(
      "The Harbor Courier 2025-05-02",                                             // 1
      "",                                                                           // 2
      "Norway and Sweden signed a fishing accord in Tromsø on Thursday, officials said.", // 3
      "",                                                                           // 4
      "Denmark\u2019s navy seized a trawler near Bornholm on Wednesday after a long chase through the night, the ministry said.", // 5
      "",                                                                           // 6
      "Finland criticized the seizure.",                                            // 7
      "",                                                                           // 8
      "Iceland warned of \u201cserious steps\u201d.");                              // 9

  private static final List<EventScorer.Gold> GOLD = List.of(
      new EventScorer.Gold(3, List.of(3), "signed", "05", List.of("Norway", "Sweden"),
          List.of(), "2025-05-01"),
      new EventScorer.Gold(5, List.of(5, 7), "seized", "17", List.of("Denmark"),
          List.of("Norway"), "2025-04-30"),
      new EventScorer.Gold(7, List.of(7), "criticized", "11", List.of("Finland"),
          List.of("Denmark"), null),
      new EventScorer.Gold(9, List.of(), "warned", "13", List.of("Iceland"), List.of(), null));

  private static EventScorer.SystemEvent sys(String sentence, String cameo, List<String> actors,
                                             List<String> targets, String date) {
    return new EventScorer.SystemEvent(sentence, "x", cameo, actors, targets, date, null);
  }

  private static final List<EventScorer.SystemEvent> SYSTEM = List.of(
      // found; curly quotes and spacing differ from the source only in normalization
      sys("Norway and  Sweden signed a fishing accord in Tromsø on Thursday, officials said.",
          "04", List.of("Kingdom of Norway"), List.of(), "2025-05-01"),
      sys("Norway and Sweden signed a fishing accord in Tromsø on Thursday, officials said.",
          "05", List.of("Sweden"), List.of(), null),
      // a long sentence found by its first 40 characters only
      sys("Denmark's navy seized a trawler near Bornholm on Wednesday after a long chase, "
          + "cut differently by our sentence splitter", "17", List.of("Denmark"), List.of(),
          "2025-04-29"),
      // in the gold's second line, the right date
      sys("Finland criticized the seizure.", "11", List.of(), List.of("Denmark"), "2025-04-30"),
      // the right line, but no shared participant: not found
      sys("Iceland warned of \"serious steps\".", "13", List.of("Greenland"), List.of(), null),
      // a sentence outside every gold line is counted, not punished
      sys("Officials said nothing else.", "01", List.of("Norway"), List.of(), null));

  @Test
  void theRulesOfTheReference() {
    EventScorer.Result r = new EventScorer().score(GOLD, SOURCE, SYSTEM);
    assertEquals(4, r.goldEvents());
    // signed (two candidates), seized (prefix rule + line 7), criticized; warned is missed
    assertEquals(3, r.found());
    assertEquals(List.of(new EventScorer.Miss(9, "13", "warned", List.of("Iceland"))),
        r.misses());
    // signed: the 05 candidate is chosen over the 04 one; seized 17; criticized 11
    assertEquals(3, r.typeCorrect());
    assertEquals(3, r.quadClassCorrect());
    // dated gold: signed (a candidate has 2025-05-01) and seized (one candidate has 04-30)
    assertEquals(2, r.dated());
    assertEquals(2, r.dateCorrect());
    assertEquals(6, r.systemEvents());
    assertEquals("{\"gold_events\": 4, \"found\": 3, \"salient_recall\": 0.75, "
        + "\"type_accuracy\": 1.0, \"quadclass_accuracy\": 1.0, \"date_accuracy\": 1.0, "
        + "\"system_events\": 6, \"system_per_gold\": 1.5}", r.toJson());
  }

  @Test
  void nothingFoundPrintsZerosAsTheReferenceDoes() {
    // dates are counted on found events only, so no denominator is left but the gold's
    EventScorer.Result r = new EventScorer().score(GOLD, SOURCE, List.of());
    assertEquals("{\"gold_events\": 4, \"found\": 0, \"salient_recall\": 0.0, "
        + "\"type_accuracy\": 0, \"quadclass_accuracy\": 0, \"date_accuracy\": 0, "
        + "\"system_events\": 0, \"system_per_gold\": 0.0}", r.toJson());
  }

  @Test
  void sameFiguresAsScoreEventsPy(@TempDir Path dir) throws Exception {
    Path script = Path.of("../shared/eval/score_events.py");
    assumeTrue(Files.isRegularFile(script), "../shared/eval is not here");
    assumeTrue(python3Runs(), "python3 is not installed");
    Path source = dir.resolve("source.txt");
    Files.writeString(source, String.join("\n", SOURCE), StandardCharsets.UTF_8);
    Path gold = dir.resolve("gold.jsonl");
    Files.write(gold, GOLD.stream().map(EventScorerTest::goldLine).toList(),
        StandardCharsets.UTF_8);
    Path system = dir.resolve("system.jsonl");
    Files.write(system, SYSTEM.stream().map(GoldEvents::toJsonLine).toList(),
        StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("python3", script.toString(), gold.toString(),
        source.toString(), system.toString(), "--json").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    List<EventScorer.Gold> reread = GoldEvents.load(gold);
    assertEquals(out, new EventScorer().score(reread, SOURCE, SYSTEM).toJson());
  }

  private static String goldLine(EventScorer.Gold g) {
    return "{\"article\": \"Harbor\", \"line\": " + g.line() + ", \"lines\": " + g.lines()
        + ", \"trigger\": \"" + g.trigger() + "\", \"cameo\": \"" + g.cameo() + "\", "
        + "\"actors\": " + quoted(g.actors()) + ", \"targets\": " + quoted(g.targets())
        + ", \"date\": " + (g.date() == null ? "null" : "\"" + g.date() + "\"") + "}";
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").toList().toString();
  }

  private static boolean python3Runs() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
