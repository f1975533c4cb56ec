package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newskg.cli.CliRunner.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.EventsFixture;
import org.newskg.cli.CliRunner.Run;
import org.newskg.store.KnowledgeStore;

/**
 * {@code newskg events} and {@code newskg eval --events-gold} as a user runs them, on a store
 * holding two hand-written, spec-shaped articles (no NLP involved).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsCommandTest {
  /** The two articles of the fixture as a corpus file: the gold's line numbers count here. */
  private static final String SOURCE = String.join("\n",
      "Daily Ledger 2025-05-10 09:00:00",
      "",
      "Ministers Meet in Lisbon Over Fishing Quotas",
      "",
      "Portugal and Spain met in Lisbon on Wednesday to settle a dispute over fishing quotas "
          + "that has dragged on for years.",
      "",
      "Spain’s delegation rejected the “final offer” on Thursday, officials said.",
      "",
      "The talks will resume next month, the Portuguese foreign ministry said.",
      "",
      "Border Town Shelled Overnight",
      "",
      "Fighters of the Northern Front shelled the border town of Vilanova overnight, killing "
          + "three people, the army said.",
      "",
      "General João Silva’s troops fired back at Northern Front positions on Saturday.",
      "",
      "Portugal and Spain met in Lisbon on Wednesday, officials recalled.",
      "");
  private static final String H1 = "\"article\": \"Ministers Meet in Lisbon Over Fishing Quotas\"";
  private static final String H2 = "\"article\": \"Border Town Shelled Overnight\"";
  private static final List<String> GOLD = List.of(
      "{" + H1 + ", \"line\": 5, \"lines\": [5, 17], \"trigger\": \"met\", \"cameo\": \"04\", "
          + "\"actors\": [\"Portugal\"], \"targets\": [\"Spain\"], \"date\": \"2025-05-07\"}",
      "{" + H1 + ", \"line\": 7, \"lines\": [7], \"trigger\": \"rejected\", \"cameo\": \"12\", "
          + "\"actors\": [\"Spain\"], \"targets\": [], \"date\": \"2025-05-08\"}",
      "{" + H1 + ", \"line\": 9, \"lines\": [9], \"trigger\": \"will resume\", "
          + "\"cameo\": \"03\", \"actors\": [\"Spain\"], \"targets\": [], \"date\": null}",
      "{" + H2 + ", \"line\": 13, \"lines\": [13], \"trigger\": \"shelled\", \"cameo\": \"18\", "
          + "\"actors\": [\"Northern Front\"], \"targets\": [], \"date\": \"2025-05-09\"}",
      "{" + H2 + ", \"line\": 15, \"lines\": [15], \"trigger\": \"fired back\", "
          + "\"cameo\": \"19\", \"actors\": [\"Joao Silva\"], \"targets\": [\"Northern Front\"], "
          + "\"date\": \"2025-05-10\"}");
  /** What score_events.py prints for GOLD, SOURCE and the fixture's six system events. */
  private static final String METRICS = "{\"gold_events\": 5, \"found\": 4, "
      + "\"salient_recall\": 0.8, \"type_accuracy\": 1.0, \"quadclass_accuracy\": 1.0, "
      + "\"date_accuracy\": 1.0, \"system_events\": 6, \"system_per_gold\": 1.2}";

  private Path store;
  private Path dir;

  @BeforeAll
  void loadStore(@TempDir Path tmp) throws Exception {
    dir = tmp;
    store = tmp.resolve("store");
    try (KnowledgeStore s = KnowledgeStore.open(store)) {
      EventsFixture.load(s);
    }
    Files.write(tmp.resolve("events.jsonl"), GOLD, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("ledger.txt"), SOURCE, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("quotes.jsonl"), "{\"line\": 7, \"quote\": \"final offer\", "
        + "\"kind\": \"term\", \"speaker\": null, \"about\": []}\n", StandardCharsets.UTF_8);
  }

  private Run events(String... args) {
    List<String> all = new ArrayList<>(List.of("events", "--store", store.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  @Test
  void helpHasExamples() {
    Run r = run("events", "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("Usage: newskg events"), r.out());
    assertTrue(r.out().contains("--limit"), r.out());
    assertTrue(r.out().contains("newskg events --type 18"), r.out());
    assertTrue(run("eval", "--help").out().contains("--events-gold"));
  }

  @Test
  void tableShowsDateTypeWhoWhereTriggerAndArticle() {
    Run r = events("--actor", "portugal");
    assertEquals(0, r.exit(), r.err());
    // each participant with its CAMEO actor code, where it has one
    assertTrue(r.out().contains("2025-05-07  04 consult: Portugal [PRTGOV] -> Spain [ESP] in "
        + "Lisbon  [2 articles]"), r.out());
    assertTrue(r.out().contains("----------  03 express intent to cooperate: Portugal "
        + "(planned)"), r.out());
    assertTrue(r.out().contains("    rejected: Spain’s delegation rejected"), r.out());
    assertTrue(r.out().contains("    — Ministers Meet in Lisbon Over Fishing Quotas"), r.out());
    assertTrue(r.out().endsWith("3 event(s)\n"), r.out());
    assertEquals("(no events)\n", events("--type", "20").out());
  }

  @Test
  void jsonAndCsv() {
    Run json = events("--type", "fight", "--format", "json");
    assertEquals(0, json.exit(), json.err());
    JsonArray rows = JSON.parseAny(json.out()).getAsArray();
    assertEquals(1, rows.size(), json.out());
    JsonObject fight = rows.get(0).getAsObject();
    assertEquals("19", fight.get("cameo").getAsString().value());
    assertEquals("fight", fight.get("type").getAsString().value());
    assertEquals("João Silva", fight.get("actors").getAsArray().get(0).getAsString().value());
    assertEquals("Northern Front",
        fight.get("targets").getAsArray().get(0).getAsString().value());
    assertEquals("2025-05-10", fight.get("date").getAsString().value());
    assertEquals("fired back", fight.get("trigger").getAsString().value());
    assertEquals(EventsFixture.FRONT,
        fight.get("articles").getAsArray().get(0).getAsString().value());

    // each coded participant's CAMEO actor code, by name
    JsonObject met = JSON.parseAny(events("--actor-code", "PRT", "--format", "json").out())
        .getAsArray().get(0).getAsObject();
    assertEquals("PRTGOV", met.get("codes").getAsObject().get("Portugal").getAsString().value());
    assertEquals("ESP", met.get("codes").getAsObject().get("Spain").getAsString().value());
    assertTrue(events("--actor-code", "PRT", "--format", "csv").out().lines().toList().get(1)
        .endsWith(",\"Portugal=PRTGOV; Spain=ESP\""));

    Run csv = events("--since", "2025-05-09", "--format", "csv");
    List<String> lines = csv.out().lines().toList();
    assertTrue(lines.get(0).startsWith("date,cameo,type,actors,targets,place,trigger"),
        csv.out());
    assertEquals(3, lines.size(), csv.out());
    assertTrue(lines.get(1).startsWith("\"2025-05-09\",\"18\",\"assault\",\"Northern Front\","
        + "\"\",\"Portugal\",\"shelled\""), lines.get(1));
  }

  @Test
  void limitAndBadValues() {
    Run two = events("--limit", "2", "--format", "jsonl");
    assertEquals(0, two.exit(), two.err());
    assertEquals(2, two.out().lines().count(), two.out());
    assertEquals(2, events("--limit", "0").exit());
    assertEquals(2, events("--type", "25").exit());
    assertEquals(2, events("--since", "last week").exit());
    Run missing = run("events", "--store", dir.resolve("nothing-here").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("no store at"), missing.err());
  }

  @Test
  void evalScoresTheStoresEventsAsTheScriptDoes() throws Exception {
    Path out = dir.resolve("system-events.jsonl");
    Run r = run("eval", "--store", store.toString(), "--gold", dir.resolve("quotes.jsonl")
        .toString(), "--events-gold", dir.resolve("events.jsonl").toString(),
        "--events-source", dir.resolve("ledger.txt").toString(),
        "--events-out", out.toString());
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    // quote metrics line as before, the one missed gold event, then the event metrics
    assertTrue(lines.get(0).startsWith("{\"gold_attributable\": 0,"), r.out());
    assertEquals("missed L9    03 will resume          ['Spain']", lines.get(1));
    assertEquals(METRICS, lines.get(2));
    assertEquals(3, lines.size(), r.out());
    assertEquals(6, Files.readAllLines(out).size());

    Run quiet = run("eval", "--store", store.toString(), "--quiet", "--gold",
        dir.resolve("quotes.jsonl").toString(), "--events-gold",
        dir.resolve("events.jsonl").toString(), "--events-source",
        dir.resolve("ledger.txt").toString());
    assertEquals(List.of(lines.get(0), METRICS), quiet.out().lines().toList());

    // the file --events-out wrote is the reference script's input: same figures
    Path script = Path.of("../shared/eval/score_events.py");
    assumeTrue(Files.isRegularFile(script), "../shared/eval/score_events.py is not here");
    assumeTrue(python3Runs(), "python3 is not installed");
    Process p = new ProcessBuilder("python3", script.toString(),
        dir.resolve("events.jsonl").toString(), dir.resolve("ledger.txt").toString(),
        out.toString(), "--json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(METRICS, printed.strip());
  }

  @Test
  void evalWithoutASourceSaysWhatToGive() {
    Run r = run("eval", "--store", store.toString(), "--gold",
        dir.resolve("quotes.jsonl").toString(), "--events-gold",
        dir.resolve("events.jsonl").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("--events-source"), r.err());
    Path bad = dir.resolve("bad-events.jsonl");
    Run badGold = run("eval", "--store", store.toString(), "--gold",
        dir.resolve("quotes.jsonl").toString(), "--events-gold", writeBad(bad).toString());
    assertEquals(1, badGold.exit());
    assertTrue(badGold.err().contains(bad + ":2: not a gold event line"), badGold.err());
  }

  private static boolean python3Runs() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException | InterruptedException e) {
      return false;
    }
  }

  private static Path writeBad(Path file) {
    try {
      Files.write(file, List.of(GOLD.get(0), "{\"line\": 5,"), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return file;
  }
}
