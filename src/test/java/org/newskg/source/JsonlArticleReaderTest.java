package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlArticleReaderTest {
  private static final ArticleDefaults DEFAULTS = new ArticleDefaults("Default Press", "2020-01-02");

  private final JsonlArticleReader reader = new JsonlArticleReader();

  private RecordingSink read(Path file) {
    RecordingSink sink = new RecordingSink();
    reader.read(file, DEFAULTS, sink);
    return sink;
  }

  @Test
  void goodLinesComeThroughAndBadLinesAreReported() {
    Path file = RecordingSink.fixture("mixed.jsonl");
    String f = file.toString();
    RecordingSink sink = read(file);

    assertEquals(List.of(
        new Article("gz-1", "https://example.org/news/1", "Harbor Reopens", "Harbor Gazette",
            "2024-11-02T08:45:00", "The harbor reopened on Friday.\nBoats left at dawn.",
            f + ":1"),
        new Article(null, null, null, "Default Press", "2020-01-02",
            "Second good line without metadata.", f + ":10"),
        new Article(null, null, null, "Default Press", "2024-11-02T08:45:00", "Offset time.",
            f + ":12"),
        new Article(null, null, null, "Default Press", "2020-01-02", "Last good line.",
            f + ":15")),
        sink.articles);

    List<String> origins = sink.problems.stream().map(RecordingSink.Problem::origin).toList();
    assertEquals(List.of(f + ":2", f + ":4", f + ":5", f + ":6", f + ":7", f + ":8", f + ":9",
        f + ":11", f + ":13", f + ":14"), origins);
    List<String> reasons = sink.problems.stream().map(RecordingSink.Problem::reason).toList();
    assertEquals("invalid JSON: expected a quoted key at column 2", reasons.get(0));
    assertEquals("not a JSON object (found array)", reasons.get(1));
    assertEquals("missing \"text\"", reasons.get(2));
    assertEquals("\"text\" must be a string, found number", reasons.get(3));
    assertEquals("\"title\" must be a string, found array", reasons.get(4));
    assertTrue(reasons.get(5).startsWith("\"published\": invalid publication date \"2024-02-30\""),
        reasons.get(5));
    assertEquals("empty \"text\"", reasons.get(6));
    assertEquals("invalid JSON: unexpected text after the JSON value at column 28",
        reasons.get(7));
    assertEquals("invalid JSON: expected a quoted key at column 2", reasons.get(8));
    assertEquals("not UTF-8 text (invalid byte 0xff at byte offset 13)", reasons.get(9));
  }

  @Test
  void emptyFileIsAProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.jsonl");
    Files.writeString(file, "\n  \n\n");
    RecordingSink sink = read(file);
    assertEquals(List.of(), sink.articles);
    assertEquals(List.of(new RecordingSink.Problem(file.toString(), "empty file")),
        sink.problems);
  }

  @Test
  void characterReferencesAreDecoded(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("refs.jsonl");
    Files.writeString(file, "{\"title\": \"Caf&eacute; owners &amp; the tax\", \"text\": "
        + "\"Ren&#233;e Dubois said: &quot;We stay.&quot; AT&T and M&S did not.\"}\n");
    RecordingSink sink = read(file);
    assertEquals("Café owners & the tax", sink.articles.get(0).headline());
    assertEquals("Renée Dubois said: \"We stay.\" AT&T and M&S did not.",
        sink.articles.get(0).text());
  }

  @Test
  void lastLineWithoutNewlineIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.jsonl");
    Files.write(file, "{\"text\": \"one\"}\n{\"text\": \"two\"}".getBytes(StandardCharsets.UTF_8));
    RecordingSink sink = read(file);
    assertEquals(List.of("one", "two"), sink.articles.stream().map(Article::text).toList());
    assertEquals(file + ":2", sink.articles.get(1).origin());
  }

  @Test
  void textIsKeptAsGivenApartFromLineEnds() throws Exception {
    Article a = JsonlArticleReader.toArticle(
        "{\"text\": \"  A\\r\\nB\\rC\\n\\u00e9\\ud83d\\ude00 \", \"extra\": [1, {\"x\": null}]}",
        DEFAULTS, "o");
    assertEquals("  A\nB\nC\n\u00e9\ud83d\ude00 ", a.text());
  }

  @Test
  void nullOptionalFieldsAreAbsent() throws Exception {
    Article a = JsonlArticleReader.toArticle("{\"text\": \"t\", \"publisher\": null, "
        + "\"published\": null, \"title\": \"\"}", DEFAULTS, "o");
    assertEquals("Default Press", a.publisher());
    assertEquals("2020-01-02", a.published());
    assertEquals(null, a.headline());
  }

  @Test
  void nullTextIsAWrongType() {
    JsonlArticleReader.BadLine e = org.junit.jupiter.api.Assertions.assertThrows(
        JsonlArticleReader.BadLine.class,
        () -> JsonlArticleReader.toArticle("{\"text\": null}", DEFAULTS, "o"));
    assertEquals("\"text\" must be a string, found null", e.getMessage());
  }
}
