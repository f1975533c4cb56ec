package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * The Java scorer against the reference: the expected lines are what
 * {@code ../shared/eval/score.py} prints for the same two fixture files.
 */
class QuoteScorerTest {
  private static final Path DIR = Path.of("src/test/resources/eval");

  private static List<JsonObject> lines(String file) throws IOException {
    List<JsonObject> out = new ArrayList<>();
    for (String l : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        out.add(JSON.parse(l));
      }
    }
    return out;
  }

  private static String str(JsonValue v) {
    return v == null || v.isNull() ? null : v.getAsString().value();
  }

  private static List<String> strs(JsonValue v) {
    List<String> out = new ArrayList<>();
    v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
    return out;
  }

  @Test
  void agreesWithTheReferenceScript() throws IOException {
    List<QuoteScorer.Gold> gold = GoldQuotes.load(DIR.resolve("gold.jsonl"));
    List<QuoteScorer.SystemStatement> system = lines("system.jsonl").stream()
        .map(o -> new QuoteScorer.SystemStatement(str(o.get("quote")), str(o.get("speaker")),
            strs(o.get("about")))).toList();
    QuoteScorer.Result r = new QuoteScorer().score(gold, system);
    assertEquals("{\"gold_attributable\": 6, \"detected\": 6, \"detection_recall\": 1.0, "
        + "\"speaker_correct\": 5, \"speaker_accuracy_on_gold\": 0.833, "
        + "\"speaker_precision\": 0.714, \"terms_titles_attributed\": 1, "
        + "\"spurious_statements\": 1, \"about_precision\": 0.667, \"about_recall\": 0.8}",
        r.toJson());
    assertEquals(List.of(new QuoteScorer.Error("wrong", 13, "The details still matter,",
        "Erik Lindqvist", "Sweden")), r.errors());
  }

  /** The article-scoped matching, identical text first and speakerAlternatives of score.py. */
  @Test
  void matchesWithinEachArticleAsTheReferenceScriptDoes() throws IOException {
    List<QuoteScorer.Gold> gold = GoldQuotes.load(DIR.resolve("gold-articles.jsonl"));
    List<QuoteScorer.SystemStatement> system = lines("system-articles.jsonl").stream()
        .map(o -> new QuoteScorer.SystemStatement(str(o.get("article")), str(o.get("quote")),
            str(o.get("speaker")), strs(o.get("about")))).toList();
    QuoteScorer.Result r = new QuoteScorer().score(gold, system);
    // what score.py prints for the two files
    assertEquals("{\"gold_attributable\": 4, \"detected\": 4, \"detection_recall\": 1.0, "
        + "\"speaker_correct\": 4, \"speaker_accuracy_on_gold\": 1.0, "
        + "\"speaker_precision\": 0.8, \"terms_titles_attributed\": 1, "
        + "\"spurious_statements\": 0, \"about_precision\": 0, \"about_recall\": 0}",
        r.toJson());
    // the same statements without their articles: the same words said in two articles get
    // each other's gold, as score.py scores them
    List<QuoteScorer.SystemStatement> unscoped = system.stream()
        .map(x -> new QuoteScorer.SystemStatement(x.quote(), x.speaker(), x.about())).toList();
    QuoteScorer.Result u = new QuoteScorer().score(gold, unscoped);
    assertEquals(2, u.speakerCorrect());
    assertEquals(List.of(
        new QuoteScorer.Error("wrong", 2, "We will not be rushed,", "Maren Holt", "Mr Dorn"),
        new QuoteScorer.Error("wrong", 3, "We will not be rushed,", "Ansel Dorn", "Maren Holt")),
        u.errors());
  }

  @Test
  void lenientNameMatching() {
    assertTrue(QuoteScorer.sameAgent("Mr. Trump", "Donald Trump"));
    assertTrue(QuoteScorer.sameAgent("Sergey Lavrov", "Sergey V. Lavrov"));
    assertTrue(QuoteScorer.sameAgent("V. Putin", "Vladimir Putin"));
    assertTrue(QuoteScorer.sameAgent("EU", "European Union"));
    assertTrue(QuoteScorer.sameAgent("E.U.", "European Union"));
    assertTrue(QuoteScorer.sameAgent("José Muñoz", "Jose Munoz"));
    assertFalse(QuoteScorer.sameAgent("Melania Trump", "Donald Trump"));
    assertFalse(QuoteScorer.sameAgent("the", "President"));
  }

  @Test
  void textNormalization() {
    assertEquals("it's about time", QuoteScorer.normText("“It’s  about time,”"));
    assertEquals(1.0, QuoteScorer.overlap("a b", "a b"));
    assertEquals(0.5, QuoteScorer.overlap("a b c d", "a b x y"));
  }
}
