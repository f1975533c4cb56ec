package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KnowledgeStore;

/**
 * Who may write a store, checked with real processes as a user would run them: a second
 * {@code ingest} on a store another {@code ingest} holds is refused at once with a message naming
 * the holder, and the holder's store stays sound; a read-only store directory gives a clear error
 * and exit code 1 and is left byte for byte as it was. (An {@code ingest} against {@code serve}
 * is ServerProtocolTest's.)
 */
class StoreAccessTest {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
      .toString();

  private static List<String> newskg(String heap, String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA, heap, "-cp",
        System.getProperty("java.class.path"), "org.newskg.cli.NewskgCommand"));
    command.addAll(List.of(args));
    return command;
  }

  private record Result(int exit, String output, double seconds) {}

  private static Result runToEnd(List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectErrorStream(true);
    long t0 = System.nanoTime();
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + out);
    return new Result(p.exitValue(), out, (System.nanoTime() - t0) / 1e9);
  }

  @Test
  void aSecondIngestIsRefusedAtOnceAndNamesTheFirst(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store");
    // the first ingest opens the store, then loads CoreNLP for half a minute: it holds the
    // store all that time
    Process first = new ProcessBuilder(newskg("-Xmx3g", "ingest", "samples", "--store",
        store.toString(), "--no-progress")).redirectErrorStream(true).start();
    try {
      BufferedReader firstOut = new BufferedReader(new InputStreamReader(
          first.getInputStream(), StandardCharsets.UTF_8));
      String line = firstOut.readLine();
      assertTrue(line != null && line.contains("loading CoreNLP"), "first ingest: " + line);

      Result second = runToEnd(newskg("-Xmx256m", "ingest", "samples", "--store",
          store.toString(), "--no-progress"));
      assertEquals(1, second.exit(), second.output());
      assertTrue(second.output().contains("store " + store + " is in use by another process")
          && second.output().contains("process " + first.pid() + ": newskg ingest samples"),
          second.output());
      assertFalse(second.output().contains("loading CoreNLP"), second.output());
      assertTrue(second.seconds() < 20, "refused at once: " + second.seconds() + " s");
      assertTrue(first.isAlive(), "the first ingest goes on");
    } finally {
      first.destroy();
      first.waitFor(60, TimeUnit.SECONDS);
    }
    // the first was stopped before it wrote: the store opens, sound and empty
    try (KnowledgeStore s = KnowledgeStore.open(store)) {
      assertEquals(0, s.stats().articles());
    }
  }

  /** Every file of the store with a digest of its bytes. */
  private static Map<String, String> snapshot(Path store) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(store)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        try {
          byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
          files.put(store.relativize(p).toString(), HexFormat.of().formatHex(digest));
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return files;
  }

  @Test
  void aReadOnlyStoreGivesAClearErrorAndStaysAsItWas(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store");
    Path input = dir.resolve("one.jsonl");
    Files.writeString(input, "{\"id\": \"ro-1\", \"text\": \"The mill reopened on Monday.\"}\n");
    // a store with content, written and closed by this process
    try (KnowledgeStore s = KnowledgeStore.open(store)) {
      org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory
          .createDefaultGraph();
      String iri = "https://w3id.org/newskg/id/article/kept";
      g.add(org.apache.jena.graph.NodeFactory.createURI(iri),
          org.newskg.rdf.NKG.contentHash.asNode(),
          org.apache.jena.graph.NodeFactory.createLiteralString("abc"));
      new org.newskg.ingest.StoreWriter(s).write(List.of(new org.newskg.rdf.ArticleGraph(iri, "abc", g, 0, 0)));
    }
    Files.writeString(store.resolve("marker.txt"), "before");
    Map<String, String> before = snapshot(store);
    assertFalse(before.isEmpty());

    List<String> ingest = newskg("-Xmx256m", "ingest", input.toString(), "--store",
        store.toString(), "--no-progress");
    List<String> command;
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      // root writes through permission bits: make the directory a read-only mount instead,
      // in a mount namespace of the child's own (what a read-only volume looks like)
      Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")),
          "running as root without unshare; cannot make a read-only store");
      String quoted = "'" + store.toString().replace("'", "'\\''") + "'";
      StringBuilder line = new StringBuilder("mount --bind " + quoted + " " + quoted
          + " && mount -o remount,ro,bind " + quoted + " " + quoted + " && exec");
      for (String arg : ingest) {
        line.append(" '").append(arg.replace("'", "'\\''")).append("'");
      }
      command = List.of("/usr/bin/unshare", "-m", "sh", "-c", line.toString());
    } else {
      try (Stream<Path> walk = Files.walk(store)) {
        for (Path p : walk.toList()) {
          p.toFile().setWritable(false, false);
        }
      }
      command = ingest;
    }
    Result r;
    try {
      r = runToEnd(command);
    } finally {
      try (Stream<Path> walk = Files.walk(store)) {
        for (Path p : walk.toList()) {
          p.toFile().setWritable(true, true);
        }
      }
    }
    Assumptions.assumeFalse(root && r.output().contains("mount:"),
        "cannot bind-mount here: " + r.output());
    assertEquals(1, r.exit(), r.output());
    assertTrue(r.output().contains("newskg: store directory " + store + " is not writable"),
        r.output());
    assertFalse(r.output().contains("loading CoreNLP"), r.output());
    assertEquals(before, snapshot(store), "the store is unchanged");
  }
}
