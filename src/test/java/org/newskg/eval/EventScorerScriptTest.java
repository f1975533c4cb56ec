package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port of {@code ../shared/eval/score_events.py} through files, as {@code newskg eval} and
 * the script read them (gold and system JSONL, source text): each rule of the script on its own
 * (boundaries included), then one scenario with every rule at once, whose figures and printed
 * misses must be exactly what the Python script prints for the same files.
 */
class EventScorerScriptTest {
  /** An article dump as the corpus has them: publisher line, headline, one paragraph a line. */
  static final String SOURCE = String.join("\n",
      "Daily Ledger 2025-05-10 09:00:00",
      "",
      "Ministers Meet in Lisbon Over Fishing Quotas",
      "",
      "Portugal and Spain met in Lisbon on Wednesday to settle a dispute over fishing quotas "
          + "that has dragged on for years.",
      "",
      "Spain’s delegation rejected the “final offer” on Thursday, officials said.",
      "",
      "The talks will resume next month, the Portuguese foreign ministry said, calling the "
          + "meeting useful.",
      "",
      "Brazil offered to mediate between the two governments.",
      "",
      "Spain accused Portugal of overfishing in shared waters.",
      "",
      "Fighters of the Northern Front shelled the border town of Vilanova overnight, killing "
          + "three people, the army said.",
      "",
      "The army fired back at Northern Front positions on Friday, and Portugal’s government "
          + "condemned the attack.",
      "");
  static final String HEADLINE = "Ministers Meet in Lisbon Over Fishing Quotas";

  static final String L5 = "Portugal and Spain met in Lisbon on Wednesday to settle a dispute "
      + "over fishing quotas that has dragged on for years.";
  static final String L11 = "Brazil offered to mediate between the two governments.";
  static final String L15 = "Fighters of the Northern Front shelled the border town of Vilanova "
      + "overnight, killing three people, the army said.";

  /** One gold event line in the format of events-000.jsonl. */
  static String gold(String article, int line, List<Integer> lines, String trigger,
                     String cameo, List<String> actors, List<String> targets, String date) {
    JsonObject o = new JsonObject();
    if (article != null) {
      o.put("article", article);
    }
    o.put("line", line);
    o.put("lines", array(lines.stream().map(String::valueOf).toList(), true));
    o.put("trigger", trigger);
    o.put("cameo", cameo);
    o.put("actors", array(actors, false));
    o.put("targets", array(targets, false));
    putOrNull(o, "date", date);
    return flat(o);
  }

  /** One system event line in score_events.py's input format. */
  static String system(String sentence, String cameo, List<String> actors, List<String> targets,
                       String date) {
    JsonObject o = new JsonObject();
    o.put("sentence", sentence);
    o.put("trigger", "t");
    o.put("cameo", cameo);
    o.put("actors", array(actors, false));
    o.put("targets", array(targets, false));
    putOrNull(o, "date", date);
    o.put("place", org.apache.jena.atlas.json.JsonNull.instance);
    return flat(o);
  }

  private static org.apache.jena.atlas.json.JsonArray array(List<String> items, boolean numbers) {
    org.apache.jena.atlas.json.JsonArray a = new org.apache.jena.atlas.json.JsonArray();
    items.forEach(i -> {
      if (numbers) {
        a.add(Integer.parseInt(i));
      } else {
        a.add(i);
      }
    });
    return a;
  }

  private static void putOrNull(JsonObject o, String key, String value) {
    if (value == null) {
      o.put(key, org.apache.jena.atlas.json.JsonNull.instance);
    } else {
      o.put(key, value);
    }
  }

  private static String flat(JsonObject o) {
    return o.toString().replace("\n", " ");
  }

  /** Gold, source and system files of one case, as the script takes them. */
  record Files3(Path gold, Path source, Path system) {
    static Files3 write(Path dir, List<String> gold, String source, List<String> system)
        throws IOException {
      Files3 f = new Files3(dir.resolve("gold.jsonl"), dir.resolve("source.txt"),
          dir.resolve("system.jsonl"));
      Files.write(f.gold, gold, StandardCharsets.UTF_8);
      Files.writeString(f.source, source, StandardCharsets.UTF_8);
      Files.write(f.system, system, StandardCharsets.UTF_8);
      return f;
    }

    EventScorer.Result score() throws IOException {
      return new EventScorer().score(GoldEvents.load(gold), GoldEvents.sourceLines(source),
          readSystem(system));
    }
  }

  /** score_events.py's reading of a system file: extra keys ignored, missing lists empty. */
  static List<EventScorer.SystemEvent> readSystem(Path file) throws IOException {
    List<EventScorer.SystemEvent> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.isBlank()) {
        continue;
      }
      JsonObject o = JSON.parse(l);
      out.add(new EventScorer.SystemEvent(str(o.get("sentence")), str(o.get("trigger")),
          str(o.get("cameo")), strs(o.get("actors")), strs(o.get("targets")),
          str(o.get("date")), str(o.get("place"))));
    }
    return out;
  }

  private static String str(JsonValue v) {
    return v == null || v.isNull() ? null : v.getAsString().value();
  }

  private static List<String> strs(JsonValue v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
    }
    return out;
  }

  private static EventScorer.Result score(Path dir, List<String> gold, List<String> system)
      throws IOException {
    return Files3.write(dir, gold, SOURCE, system).score();
  }

  @Test
  void foundWhenTheSentenceLiesInAGoldLineAndAParticipantIsShared(@TempDir Path dir)
      throws IOException {
    EventScorer.Result r = score(dir,
        List.of(gold(HEADLINE, 5, List.of(5, 9), "met", "04", List.of("Portugal"),
            List.of("Spain"), "2025-05-07")),
        // a sentence of a later line the gold lists, and a lenient name ("Spain's" ~ "Spain")
        List.of(system("The talks will resume next month,", "04", List.of(),
            List.of("Spain's government"), "2025-05-07")));
    assertEquals(1, r.found());
    assertEquals(1, r.typeCorrect());
    assertEquals(1, r.dateCorrect());
    assertTrue(r.misses().isEmpty());
  }

  @Test
  void notFoundWhenTheSentenceIsOutsideTheGoldLines(@TempDir Path dir) throws IOException {
    EventScorer.Result r = score(dir,
        List.of(gold(null, 13, List.of(13), "accused", "11", List.of("Spain"),
            List.of("Portugal"), null)),
        // same participants, right type, but the sentence is line 5's
        List.of(system(L5, "11", List.of("Spain"), List.of("Portugal"), null)));
    assertEquals(0, r.found());
    assertEquals(List.of(new EventScorer.Miss(13, "11", "accused",
        List.of("Spain", "Portugal"))), r.misses());
    assertEquals("missed L13   11 accused              ['Spain', 'Portugal']",
        r.misses().get(0).toLine());
  }

  @Test
  void notFoundWithoutASharedParticipant(@TempDir Path dir) throws IOException {
    EventScorer.Result r = score(dir,
        List.of(gold(null, 11, List.of(11), "offered to mediate", "03", List.of("Brazil"),
            List.of("Portugal", "Spain"), null)),
        List.of(system(L11, "03", List.of("Argentina"), List.of(), null),
            system(L11, "03", List.of(), List.of(), null)));
    assertEquals(0, r.found());
    assertEquals(1, r.misses().size());
    assertEquals(2, r.systemEvents(), "extra system events are counted");
  }

  @Test
  void goldLinesOutsideTheSourceAreIgnored(@TempDir Path dir) throws IOException {
    EventScorer.Result r = score(dir,
        List.of(gold(null, 99, List.of(0, 99), "met", "04", List.of("Portugal"), List.of(),
            null)),
        List.of(system(L5, "04", List.of("Portugal"), List.of(), null)));
    assertEquals(0, r.found());
  }

  @Test
  void typeAndQuadClassComeFromTheBestCandidate(@TempDir Path dir) throws IOException {
    String l17 = "The army fired back at Northern Front positions on Friday";
    EventScorer.Result exact = score(dir,
        List.of(gold(null, 5, List.of(5), "met", "04", List.of("Portugal"), List.of(), null)),
        // the exact type wins over an earlier candidate of the same QuadClass
        List.of(system(L5, "05", List.of("Portugal"), List.of(), null),
            system(L5, "04", List.of("Portugal"), List.of(), null)));
    assertEquals(1, exact.typeCorrect());
    assertEquals(1, exact.quadClassCorrect());

    EventScorer.Result quad = score(dir,
        List.of(gold(null, 17, List.of(17), "fired back", "19", List.of("Portuguese Army"),
            List.of("Northern Front"), null)),
        // no exact type: the candidate of the right QuadClass (18, material conflict) wins
        List.of(system(l17, "11", List.of("Portugal"), List.of("Northern Front"), null),
            system(l17, "18", List.of("army"), List.of(), null)));
    assertEquals(1, quad.found());
    assertEquals(0, quad.typeCorrect());
    assertEquals(1, quad.quadClassCorrect());
    assertTrue(quad.toJson().contains("\"type_accuracy\": 0.0, \"quadclass_accuracy\": 1.0"),
        quad.toJson());
  }

  @Test
  void dateCountsWhenAnyCandidateHasIt(@TempDir Path dir) throws IOException {
    String l17 = "The army fired back at Northern Front positions on Friday";
    EventScorer.Result r = score(dir,
        List.of(gold(null, 17, List.of(17), "fired back", "19", List.of("Portuguese Army"),
            List.of("Northern Front"), "2025-05-09")),
        // the best candidate (exact type) has no date, a worse one has the right date
        List.of(system(l17, "19", List.of("army"), List.of(), null),
            system(l17, "11", List.of("Portugal"), List.of("Northern Front"), "2025-05-09")));
    assertEquals(1, r.typeCorrect());
    assertEquals(1, r.dated());
    assertEquals(1, r.dateCorrect());

    EventScorer.Result wrong = score(dir,
        List.of(gold(null, 17, List.of(17), "fired back", "19", List.of("Portuguese Army"),
            List.of(), "2025-05-09")),
        List.of(system(l17, "19", List.of("army"), List.of(), "2025-05-08")));
    assertEquals(1, wrong.dated());
    assertEquals(0, wrong.dateCorrect());
  }

  @Test
  void aLongSentenceMatchesByItsFirstFortyCharacters(@TempDir Path dir) throws IOException {
    List<String> gold = List.of(gold("Fighters of the Northern Front", 15, List.of(15),
        "shelled", "18", List.of("Northern Front"), List.of(), null));
    // the system's sentence runs on past the line (a sentence split missed the line end)
    EventScorer.Result longer = score(dir, gold,
        List.of(system(L15 + " Residents fled south.", "18", List.of("Northern Front"),
            List.of(), null)));
    assertEquals(1, longer.found());
    // 39 characters, not inside the line: no prefix rule for sentences of 40 or fewer
    String shortOne = "Fighters of the Northern Front shelled.";
    assertEquals(39, shortOne.length());
    EventScorer.Result shorter = score(dir, gold,
        List.of(system(shortOne, "18", List.of("Northern Front"), List.of(), null)));
    assertEquals(0, shorter.found());
    // more than 40 characters, the first 40 inside the line, the rest not
    String runsOn = "Fighters of the Northern Front shelled the town";
    assertTrue(runsOn.length() > 40);
    assertEquals(1, score(dir, gold, List.of(system(runsOn, "18", List.of("Northern Front"),
        List.of(), null))).found());
    // exactly 40 characters, not inside the line: the rule is "more than 40"
    String forty = "Fighters of the Northern Front shelled X";
    assertEquals(40, forty.length());
    assertEquals(0, score(dir, gold, List.of(system(forty, "18", List.of("Northern Front"),
        List.of(), null))).found());
  }

  @Test
  void sentencesAreComparedAfterNfkcQuoteSpaceAndCaseNormalization(@TempDir Path dir)
      throws IOException {
    EventScorer.Result r = score(dir,
        List.of(gold(HEADLINE, 7, List.of(7), "rejected", "12", List.of("Spain"),
            List.of("Portugal"), "2025-05-08")),
        // straight quotes for curly ones, the ligature "ﬁ", extra spaces, other case
        List.of(system("  SPAIN'S delegation rejected the \"\uFB01nal offer\"\u00A0 on "
            + "thursday,\tofficials said. ", "12", List.of("Spain"), List.of(), "2025-05-08")));
    assertEquals(1, r.found());
    assertEquals("spain's delegation rejected the \"final offer\" on thursday, officials said.",
        EventScorer.norm("  SPAIN’S delegation rejected the “\uFB01nal offer”\u00A0 on "
            + "thursday,\tofficials said. "));
  }

  @Test
  void noGoldAndNothingFoundPrintZerosAsTheScriptDoes() {
    EventScorer.Result none = new EventScorer().score(List.of(), List.of(), List.of());
    assertEquals("{\"gold_events\": 0, \"found\": 0, \"salient_recall\": 0, "
        + "\"type_accuracy\": 0, \"quadclass_accuracy\": 0, \"date_accuracy\": 0, "
        + "\"system_events\": 0, \"system_per_gold\": 0}", none.toJson());
  }

  /** Every rule at once; the expected figures are worked out by hand from the cases above. */
  static List<String> scenarioGold() {
    return List.of(
        gold(HEADLINE, 5, List.of(5, 9), "met", "04", List.of("Portugal"), List.of("Spain"),
            "2025-05-07"),
        gold(HEADLINE, 7, List.of(7), "rejected", "12", List.of("Spain"), List.of("Portugal"),
            "2025-05-08"),
        // a miss whose participant has an apostrophe: printed as Python's repr() prints it
        gold(HEADLINE, 11, List.of(11), "offered to mediate", "03", List.of("Brazil"),
            List.of("Portugal's government", "Spain"), null),
        gold(HEADLINE, 13, List.of(13), "accused", "11", List.of("Spain"), List.of("Portugal"),
            null),
        gold("Fighters of the Northern Front", 15, List.of(15), "shelled", "18",
            List.of("Northern Front"), List.of(), "2025-05-09"),
        gold("Fighters of the Northern Front", 17, List.of(17), "fired back", "19",
            List.of("Portuguese Army"), List.of("Northern Front"), "2025-05-09"),
        gold("Fighters of the Northern Front", 99, List.of(99), "condemned", "11",
            List.of("Portugal"), List.of("Northern Front"), "2025-05-09"));
  }

  static List<String> scenarioSystem() {
    String l17 = "The army fired back at Northern Front positions on Friday";
    return List.of(
        system("The talks will resume next month, the Portuguese foreign ministry said, "
            + "calling the meeting useful.", "05", List.of("Portugal"), List.of(), null),
        system(L5, "04", List.of("Portugal"), List.of("Spain"), "2025-05-07"),
        system("Spain's delegation rejected the \"\uFB01nal offer\"   on THURSDAY, officials "
            + "said.", "12", List.of("Spain"), List.of(), "2025-05-08"),
        system(L11, "03", List.of("Argentina"), List.of(), null),
        system(L5, "11", List.of("Spain"), List.of("Portugal"), null),
        system(L15 + " Residents fled south.", "19", List.of("Northern Front"), List.of(),
            null),
        system("Fighters of the Northern Front shelled.", "18", List.of("Northern Front"),
            List.of(), "2025-05-09"),
        system(l17, "18", List.of("army"), List.of("Northern Front"), null),
        system("and Portugal’s government condemned the attack.", "11", List.of("Portugal"),
            List.of("Northern Front"), "2025-05-09"),
        system("", "04", List.of("Portugal"), List.of(), null));
  }

  @Test
  void theScenarioScoresAsWorkedOutByHand(@TempDir Path dir) throws IOException {
    EventScorer.Result r = score(dir, scenarioGold(), scenarioSystem());
    assertEquals("{\"gold_events\": 7, \"found\": 4, \"salient_recall\": 0.571, "
        + "\"type_accuracy\": 0.5, \"quadclass_accuracy\": 1.0, \"date_accuracy\": 0.75, "
        + "\"system_events\": 10, \"system_per_gold\": 1.43}", r.toJson());
    assertEquals(List.of(11, 13, 99), r.misses().stream().map(EventScorer.Miss::line).toList());
  }

  @Test
  void agreesWithTheReferenceScript(@TempDir Path dir) throws Exception {
    Path script = Path.of("../shared/eval/score_events.py");
    assumeTrue(Files.isRegularFile(script), "../shared/eval/score_events.py is not here");
    assumeTrue(python3Runs(), "python3 is not installed");
    Files3 f = Files3.write(dir, scenarioGold(), SOURCE, scenarioSystem());
    EventScorer.Result r = f.score();
    List<String> printed = runScript(script, f, false);
    List<String> expected = new ArrayList<>();
    r.misses().forEach(m -> expected.add(m.toLine()));
    expected.add(r.toJson());
    assertEquals(printed, expected);
    assertEquals(List.of(r.toJson()), runScript(script, f, true));
  }

  @Test
  void badGoldLinesNameTheFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("events.jsonl");
    Files.write(file, List.of(scenarioGold().get(0), "", "{\"line\": 3, \"cameo\": \"04\""),
        StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GoldEvents.load(file));
    assertTrue(e.getMessage().startsWith(file + ":3: not a gold event line"), e.getMessage());
    Files.write(file, List.of("{\"line\": 3, \"cameo\": \"04\", \"targets\": []}"),
        StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> GoldEvents.load(file));
    assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
    assertTrue(e.getMessage().contains("\"actors\""), e.getMessage());
  }

  @Test
  void theSourceIsTheFileThatHasTheGoldsArticles(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, "Some Other Headline\n\nNothing happened here.\n");
    Files.writeString(b, SOURCE.replace("\n", "\r\n"));
    List<EventScorer.Gold> gold = List.of(
        new EventScorer.Gold(HEADLINE, 5, List.of(), "met", "04", List.of(), List.of(), null),
        new EventScorer.Gold("fighters of the northern  front", 15, List.of(), "shelled", "18",
            List.of(), List.of(), null));
    assertEquals(Optional.of(b), GoldEvents.sourceFor(gold, List.of(a, b)));
    // Windows line ends count as one line end, as in Python's text mode
    assertEquals(L5, GoldEvents.sourceLines(b).get(4));
    List<EventScorer.Gold> elsewhere = List.of(new EventScorer.Gold("Not In Any File", 1,
        List.of(), "x", "01", List.of(), List.of(), null));
    assertFalse(GoldEvents.sourceFor(elsewhere, List.of(a, b)).isPresent());
  }

  static boolean python3Runs() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static List<String> runScript(Path script, Files3 f, boolean json) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", script.toString(),
        f.gold().toString(), f.source().toString(), f.system().toString()));
    if (json) {
      command.add("--json");
    }
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "score_events.py did not finish");
    assertEquals(0, p.exitValue(), out);
    return out.lines().toList();
  }
}
