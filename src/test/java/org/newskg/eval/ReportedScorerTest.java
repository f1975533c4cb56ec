package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port of {@code ../shared/eval/score_reported.py}: on attributions and statements of our
 * own, every rule of the script at once (article keys matched inside IRIs, terms left out, the
 * best statement per attribution, lenient speaker names and alternatives, beliefs found but not
 * counted, a statement of an article the gold does not have counted against precision), the
 * same JSON and text the script prints for the same files.
 */
class ReportedScorerTest {
  static final List<String> GOLD = List.of(
      "{\"article\": \"wire-harbor-1\", \"sourceName\": \"Tomas Berg\", \"sourceAlternatives\": [\"Berg\"], \"cueClass\": \"speech\", \"content\": {\"text\": \"that the harbor would reopen to fishing boats in June\"}, \"quoted\": 0}",
      "{\"article\": \"wire-harbor-1\", \"sourceName\": \"Anna Lindqvist\", \"sourceAlternatives\": [], \"cueClass\": \"speech\", \"content\": {\"text\": \"“We will not close the pier,” she said, “not this year.”\"}, \"quoted\": 0.9}",
      "{\"article\": \"wire-harbor-1\", \"sourceName\": null, \"sourceAlternatives\": [], \"cueClass\": \"speech\", \"content\": {\"text\": \"three boats sank in the storm overnight\"}, \"quoted\": 0}",
      "{\"article\": \"wire-harbor-1\", \"sourceName\": \"Tomas Berg\", \"sourceAlternatives\": [], \"cueClass\": \"other\", \"content\": {\"text\": \"the fishermen will stay\"}, \"quoted\": 0}",
      "{\"article\": \"wire-harbor-2\", \"sourceName\": \"Port Authority\", \"sourceAlternatives\": [\"Authority\"], \"cueClass\": \"speech\", \"content\": {\"text\": \"the ferry service will resume on Friday\"}, \"quoted\": 0}",
      "{\"article\": \"wire-harbor-2\", \"sourceName\": \"Mayor’s office\", \"sourceAlternatives\": [], \"cueClass\": \"speech\", \"content\": {\"text\": \"fees would rise by ten percent\"}, \"quoted\": 0}");

  static final List<String> SYSTEM = List.of(
      "{\"article\": \"https://example.org/article/wire-harbor-1\", \"quote\": \"the harbor would reopen to fishing boats in June\", \"speaker\": \"Berg\", \"kind\": \"indirect\"}",
      "{\"article\": \"https://example.org/article/wire-harbor-1\", \"quote\": \"the harbor would reopen\", \"speaker\": \"Anna Lindqvist\", \"kind\": \"indirect\"}",
      "{\"article\": \"https://example.org/article/wire-harbor-1\", \"quote\": \"We will not close the pier,\", \"speaker\": \"Anna Lindqvist\", \"kind\": \"direct\"}",
      "{\"article\": \"https://example.org/article/wire-harbor-1\", \"quote\": \"the pier\", \"speaker\": null, \"kind\": \"term\"}",
      "{\"article\": \"https://example.org/article/wire-harbor-1\", \"quote\": \"the fishermen will stay\", \"speaker\": \"Tomas Berg\", \"kind\": \"indirect\"}",
      "{\"article\": \"https://example.org/article/wire-harbor-1\", \"quote\": \"a completely different sentence\", \"speaker\": \"Tomas Berg\", \"kind\": \"indirect\"}",
      "{\"article\": \"https://example.org/article/wire-harbor-2\", \"quote\": \"The ferry service will resume on Friday\", \"speaker\": \"Lindqvist\", \"kind\": \"indirect\"}",
      "{\"article\": \"https://example.org/article/other-3\", \"quote\": \"fees would rise by ten percent\", \"speaker\": \"Mayor\", \"kind\": \"indirect\"}");

  @Test
  void theScriptsFiguresOnTheSameFiles(@TempDir Path dir) throws Exception {
    Path gold = Files.write(dir.resolve("attributions.jsonl"), GOLD, StandardCharsets.UTF_8);
    List<QuoteScorer.SystemStatement> system = new ArrayList<>();
    for (String line : SYSTEM) {
      JsonObject o = JSON.parse(line);
      system.add(new QuoteScorer.SystemStatement(o.get("article").getAsString().value(),
          o.get("quote").getAsString().value(), GoldLines.string(o.get("speaker")), List.of(),
          o.get("kind").getAsString().value()));
    }
    ReportedScorer.Result r = new ReportedScorer().score(ReportedScorer.load(gold), system);
    // python3 ../shared/eval/score_reported.py attributions.jsonl system.jsonl --json
    assertEquals("{\"all\": {\"gold\": 4, \"recall\": 0.75, \"speaker_accuracy\": 0.5, "
        + "\"content_f1\": 0.884}, \"indirect\": {\"gold\": 3, \"recall\": 0.667, "
        + "\"speaker_accuracy\": 0.333, \"content_f1\": 0.974}, \"system_statements\": 7, "
        + "\"precision\": 0.714}", r.toJson());
    // and without --json
    assertEquals(String.join(System.lineSeparator(),
        "all       gold     4  recall 0.750  speaker accuracy 0.500  content F1 0.884",
        "indirect  gold     3  recall 0.667  speaker accuracy 0.333  content F1 0.974",
        "precision 0.714 of 7 system statements"), r.toText());
  }

  @Test
  void nothingToScorePrintsZeros() {
    ReportedScorer.Result r = new ReportedScorer().score(List.of(), List.of());
    assertEquals("{\"all\": {\"gold\": 0, \"recall\": 0, \"speaker_accuracy\": 0, "
        + "\"content_f1\": 0.0}, \"indirect\": {\"gold\": 0, \"recall\": 0, "
        + "\"speaker_accuracy\": 0, \"content_f1\": 0.0}, \"system_statements\": 0, "
        + "\"precision\": 0}", r.toJson());
  }
}
