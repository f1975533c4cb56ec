package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CoreNlpFixture;
import org.newskg.ingest.ProcessorFactory;

/**
 * An ingest into a store whose file system fills up: a small tmpfs (needs root to mount; skipped
 * otherwise) holding a store with one article, filled but for a little room. The next ingest
 * analyzes its articles and then cannot write them: it exits 1 with a message naming the store
 * and "no space", and the store still opens and validates with exactly the article committed
 * before. Once space is freed, the same ingest finishes.
 */
@ExtendWith(CoreNlpFixture.class)
class DiskFullTest {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
      .toString();

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }

  @Test
  void aFullDiskGivesAClearErrorAndLeavesTheStoreAsCommitted(ProcessorFactory loadedOnce,
                                                             @TempDir Path dir) throws Exception {
    Path fs = Files.createDirectory(dir.resolve("small-fs"));
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
        "mounting a small file system needs root");
    Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs",
        fs.toString()) == 0, "mount -t tmpfs is not permitted here");
    try {
      Path store = fs.resolve("store");
      CliRunner.Run first = CliRunner.run("ingest", "samples/steel-tariffs.txt", "--store",
          store.toString(), "--no-progress");
      assertEquals(0, first.exit(), first.out() + first.err());
      Map<String, Graph> before = StoreGraphs.read(store);
      assertEquals(1, before.size(), before.keySet().toString());

      // fill the file system, then give back a little: room to open the store, not to write
      Path filler = fs.resolve("filler");
      byte[] chunk = new byte[64 << 10];
      try (OutputStream out = Files.newOutputStream(filler)) {
        while (true) {
          out.write(chunk);
        }
      } catch (IOException full) {
        assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full.toString());
      }
      try (var channel = java.nio.channels.FileChannel.open(filler,
          java.nio.file.StandardOpenOption.WRITE)) {
        channel.truncate(channel.size() - (256 << 10));
      }

      List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx5g", "-cp",
          System.getProperty("java.class.path"), "org.newskg.cli.NewskgCommand", "ingest",
          "samples", "--store", store.toString(), "--no-progress"));
      Process second = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(second.waitFor(10, TimeUnit.MINUTES), out);
      System.out.println("disk full: the second ingest printed:\n" + out.strip());
      assertEquals(1, second.exitValue(), out);
      assertTrue(out.contains("newskg: writing to store " + store + " failed: no space left on "
          + "its device"), out);
      assertTrue(out.contains("the batch was not stored, the store holds what was committed "
          + "before"), out);
      assertFalse(out.contains("unexpected error") || out.contains("\tat "), out);

      // still full: the store opens, holds exactly what it held, and validates
      Map<String, Graph> after = StoreGraphs.read(store);
      assertEquals(before.keySet(), after.keySet());
      before.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(after.get(name)), name));
      CliRunner.Run validate = CliRunner.run("validate", "--store", store.toString());
      assertEquals(0, validate.exit(), validate.out() + validate.err());

      // with room again, the same ingest finishes the job
      Files.delete(filler);
      CliRunner.Run again = CliRunner.run("ingest", "samples", "--store", store.toString(),
          "--no-progress");
      assertEquals(0, again.exit(), again.out() + again.err());
      assertTrue(again.out().contains("(1 unchanged, 0 failed)"), again.out());
      assertEquals(5, StoreGraphs.read(store).size());
    } finally {
      run("umount", "-l", fs.toString());
    }
  }
}
