package org.newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of more than 1,000 malformed inputs, mixed with good articles, read by the
 * source stage in one batch: nothing throws, every file that must fail is reported with its name,
 * and every good article in the batch is read. Generated at test time from a fixed seed (nothing
 * committed but this generator).
 */
class MalformedCorpusTest {

  /** Files that must be reported as problems (by file name), and files that must be read. */
  private final Map<Path, String> mustFail = new LinkedHashMap<>();
  private final List<Path> good = new ArrayList<>();

  @Test
  void thousandMalformedInputsAreReportedAndGoodOnesRead(@TempDir Path dir) throws IOException {
    Random random = new Random(8);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[1 + random.nextInt(4096)];
      random.nextBytes(bytes);
      bytes[0] = 0; // NUL: never text
      fail(dir.resolve("binary-" + i + (i % 2 == 0 ? ".txt" : ".jsonl")), bytes, "binary");
    }
    for (int i = 0; i < 200; i++) {
      byte[] prefix = ("Paragraph " + i + " of a story that goes wrong ").getBytes(
          StandardCharsets.UTF_8);
      byte[] bytes = new byte[prefix.length + 3];
      System.arraycopy(prefix, 0, bytes, 0, prefix.length);
      // an overlong encoding, a lone continuation byte, or a truncated sequence
      byte[][] bad = {{(byte) 0xC0, (byte) 0x80, 0x20}, {(byte) 0x80, 0x41, 0x42},
          {0x41, 0x42, (byte) 0xE2}};
      System.arraycopy(bad[i % 3], 0, bytes, prefix.length, 3);
      fail(dir.resolve("invalid-utf8-" + i + ".txt"), bytes, "invalid UTF-8");
    }
    for (int i = 0; i < 100; i++) {
      byte[] text = ("A story in UTF-16 number " + i + ".\n").getBytes(StandardCharsets.UTF_16LE);
      byte[] bytes = new byte[text.length + 2];
      bytes[0] = (byte) 0xFF;
      bytes[1] = (byte) 0xFE;
      System.arraycopy(text, 0, bytes, 2, text.length);
      fail(dir.resolve("utf16-" + i + ".txt"), bytes, "UTF-16 with BOM");
    }
    for (int i = 0; i < 100; i++) {
      String blank = switch (i % 4) {
        case 0 -> "";
        case 1 -> "\n\n\n";
        case 2 -> "   \t  \n";
        default -> "\r\n\r\n";
      };
      fail(dir.resolve("empty-" + i + (i % 2 == 0 ? ".txt" : ".jsonl")),
          blank.getBytes(StandardCharsets.UTF_8), "empty");
    }
    String[] badLines = {
        "{\"id\": \"x\"}",                                  // no text
        "{\"text\": 42}",                                   // text not a string
        "{\"text\": [\"a\", \"b\"]}",
        "{\"text\": null}",
        "{\"text\": \"\"}",
        "{\"text\": \"Fine text.\", \"published\": 20250101}",  // published not a string
        "{\"text\": \"Fine text.\", \"published\": \"99999-99-99\"}", // absurd date
        "{\"text\": \"Fine text.\", \"published\": \"0000-00-00\"}",
        "{\"text\": \"Fine text.\", \"id\": {\"nested\": true}}",
        "[\"not\", \"an\", \"object\"]",
        "{\"text\": \"unterminated}",
        "\"just a string\"",
    };
    for (int i = 0; i < 420; i++) {
      String line = badLines[i % badLines.length];
      fail(dir.resolve("bad-jsonl-" + i + ".jsonl"), (line + "\n").getBytes(StandardCharsets.UTF_8),
          "bad JSONL line " + line);
    }
    for (int i = 0; i < 150; i++) {
      // hostile but valid text: must be read as text, not rejected
      String text = switch (i % 5) {
        case 0 -> "He said \"she said \u201cthey said 'no' " + i + ".\n";
        case 1 -> "The report \u201c<script>alert(" + i + ")</script>\u201d was \"}\" published.\n";
        case 2 -> "A quote \u00bb nested \u201e deep \u2018 never closed " + i + ".\n";
        case 3 -> "SELECT * WHERE { ?s ?p ?o } # injected " + i + "\".\n";
        default -> "Plain closing story number " + i + " ends here.\n";
      };
      Path p = dir.resolve("good-" + i + ".txt");
      Files.writeString(p, text, StandardCharsets.UTF_8);
      good.add(p);
    }

    // runaway sizes: refused by their length before any analysis could stall or exhaust an
    // ingest (ArticleSources.DEFAULT_MAX_ARTICLE_CHARS)
    List<Path> tooLong = List.of(
        dir.resolve("words-200000.txt"), dir.resolve("one-line-10mb.txt"),
        dir.resolve("one-line-10mb.jsonl"), dir.resolve("one-line-10mb-no-spaces.txt"));
    fail(tooLong.get(0), wordsArticle(200_000).getBytes(StandardCharsets.UTF_8),
        "200,000 words");
    String tenMegabytes = "word ".repeat(2 << 20);
    fail(tooLong.get(1), (tenMegabytes + "\n").getBytes(StandardCharsets.UTF_8), "10 MB line");
    fail(tooLong.get(2), ("{\"text\": \"" + tenMegabytes + "\"}\n").getBytes(
        StandardCharsets.UTF_8), "10 MB JSONL line");
    fail(tooLong.get(3), "x".repeat(10 << 20).getBytes(StandardCharsets.UTF_8),
        "10 MB without a space");

    RecordingSink sink = new RecordingSink();
    ArticleSources.Summary summary =
        new ArticleSources().read(List.of(dir), ArticleDefaults.NONE, sink);

    assertTrue(mustFail.size() >= 1000, "the corpus has " + mustFail.size() + " bad files");
    Set<String> reported = new HashSet<>();
    sink.problems.forEach(p -> {
      assertFalse(p.reason().isBlank(), "a reason for " + p.origin());
      reported.add(fileOf(p.origin()));
    });
    List<String> silent = new ArrayList<>();
    mustFail.forEach((file, kind) -> {
      if (!reported.contains(file.toString())) {
        silent.add(kind + ": " + file.getFileName());
      }
    });
    assertEquals(List.of(), silent.subList(0, Math.min(20, silent.size())),
        silent.size() + " bad files were not reported");
    Set<String> read = new HashSet<>();
    sink.articles.forEach(a -> read.add(fileOf(a.origin())));
    for (Path p : good) {
      assertTrue(read.contains(p.toString()), "good file read: " + p.getFileName());
      assertFalse(reported.contains(p.toString()), "good file not reported: " + p.getFileName());
    }
    assertEquals(sink.problems.size(), summary.problems());
    assertEquals(sink.articles.size(), summary.articles());
    for (Path p : tooLong) {
      List<String> reasons = sink.problems.stream()
          .filter(problem -> fileOf(problem.origin()).equals(p.toString()))
          .map(RecordingSink.Problem::reason).toList();
      assertEquals(1, reasons.size(), p.getFileName() + ": " + reasons);
      assertTrue(reasons.get(0).startsWith("article too long (")
          && reasons.get(0).contains("--max-article-chars"), reasons.get(0));
    }
  }

  @Test
  void theLengthLimitIsInclusiveAndNamesTheLineAndTheSizes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("limit.jsonl");
    Files.writeString(file, "{\"text\": \"" + "a".repeat(100) + "\"}\n{\"text\": \""
        + "b".repeat(101) + "\"}\n", StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();
    ArticleSources.Summary summary = new ArticleSources(100).read(List.of(file),
        ArticleDefaults.NONE, sink);
    assertEquals(List.of(file + ":1"), sink.origins());
    assertEquals(List.of(new RecordingSink.Problem(file + ":2", "article too long (101 "
        + "characters; the limit is 100, set by ingest --max-article-chars)")), sink.problems);
    assertEquals(1, summary.problems());
  }

  /** An article of {@code n} words in paragraphs of 100 words, each a sentence. */
  static String wordsArticle(int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      text.append("word").append(i % 997);
      text.append(i % 100 == 0 ? ".\n" : " ");
    }
    return text.toString();
  }

  private void fail(Path file, byte[] bytes, String kind) throws IOException {
    Files.write(file, bytes);
    mustFail.put(file, kind);
  }

  /** An origin is a file name, or a file name and a line ("f.jsonl:3"). */
  private static String fileOf(String origin) {
    int colon = origin.lastIndexOf(':');
    if (colon > 0 && origin.substring(colon + 1).chars().allMatch(Character::isDigit)
        && colon < origin.length() - 1) {
      return origin.substring(0, colon);
    }
    return origin;
  }
}
