package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.ingest.ProcessorFactory;

/**
 * An ingest whose batch holds runaway articles (200,000 words; one 10 MB line) next to good ones:
 * the runaways are reported by file with the reason, before any analysis, the good ones are
 * stored, and the exit code says some failed. {@code --max-article-chars} moves the limit.
 */
@ExtendWith(CoreNlpFixture.class)
class OversizedArticlesTest {
  @Test
  void runawayArticlesAreRefusedAndTheGoodOnesStored(ProcessorFactory loadedOnce,
                                                     @TempDir Path dir) throws Exception {
    Path big = Files.createDirectory(dir.resolve("big"));
    StringBuilder words = new StringBuilder();
    for (int i = 1; i <= 200_000; i++) {
      words.append("word").append(i % 997).append(i % 100 == 0 ? ".\n" : " ");
    }
    Files.writeString(big.resolve("words-200000.txt"), words, StandardCharsets.UTF_8);
    Files.writeString(big.resolve("one-line-10mb.jsonl"),
        "{\"text\": \"" + "word ".repeat(2 << 20) + "\"}\n", StandardCharsets.UTF_8);
    Path store = dir.resolve("store");

    CliRunner.Run r = run("ingest", "samples", big.toString(), "--store", store.toString(),
        "--no-progress");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().startsWith("ingested 5 of 5 articles (0 unchanged, 2 failed)"), r.out());
    assertTrue(r.err().contains(big.resolve("words-200000.txt") + ":1: article too long (1,579,891 characters"),
        r.err());
    assertTrue(r.err().contains(big.resolve("one-line-10mb.jsonl") + ":1: article too long ("
        + "10,485,760 characters; the limit is 100,000"), r.err());

    // the limit is an option: a 2,000-character article fails under 1,000 and passes under 5,000
    Path medium = dir.resolve("medium.txt");
    Files.writeString(medium, "Harbour Fees Rise\n" + ("The harbour board raised its fees again "
        + "this week. ").repeat(40), StandardCharsets.UTF_8);
    CliRunner.Run under = run("ingest", medium.toString(), "--store", store.toString(), "--no-progress",
        "--max-article-chars", "1000");
    assertEquals(1, under.exit(), under.out() + under.err());
    assertTrue(under.err().contains("the limit is 1,000"), under.err());
    CliRunner.Run over = run("ingest", medium.toString(), "--store", store.toString(), "--no-progress",
        "--max-article-chars", "5000");
    assertEquals(0, over.exit(), over.out() + over.err());
    assertTrue(over.out().startsWith("ingested 1 of 1 articles"), over.out());
  }

  private static CliRunner.Run run(String... args) {
    return CliRunner.run(args);
  }
}
