package org.newskg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The layout of what the Spark job ({@code newskg spark-ingest}) writes and {@code newskg load}
 * reads, one directory:
 *
 * <pre>
 * DIR/_SUCCESS                 written last, when every task's output was committed
 * DIR/nquads/part-NNNNN.nq     each article's graph as N-Quads, graph name = article IRI
 * DIR/manifest/part-NNNNN      one JSON object per analyzed article ({@link Entry})
 * DIR/failed/part-NNNNN        one JSON object per input that failed ({@link Failure})
 * </pre>
 *
 * <p>Part NNNNN is the output of partition NNNNN, whichever task attempt wrote it (the job's
 * output committer keeps exactly one attempt per partition), so a retried task never adds an
 * article twice.
 */
public final class JobOutput {
  public static final String NQUADS = "nquads";
  public static final String MANIFEST = "manifest";
  public static final String FAILED = "failed";
  public static final String SUCCESS = "_SUCCESS";

  private JobOutput() {}

  /**
   * Where an article stands in the input, as a single-machine ingest would read it: the
   * index of its file among all input files (in the order the paths were given, directories
   * in sorted path order) and its index within that file.
   */
  public record Position(long file, long index) implements Comparable<Position> {
    private static final Comparator<Position> ORDER =
        Comparator.comparingLong(Position::file).thenComparingLong(Position::index);

    @Override
    public int compareTo(Position o) {
      return ORDER.compare(this, o);
    }
  }

  /**
   * The same text read again elsewhere in the input: not analyzed again; its headline becomes
   * one of the first article's other headlines.
   */
  public record Sighting(String origin, String headline) {}

  /**
   * One analyzed article.
   *
   * @param position  where it was read first
   * @param id        its identity: the input's id, else its URL, else a hash of its text
   * @param iri       the article's IRI, also its graph's name
   * @param contentHash the hash of its normalized text
   * @param headline  the headline it was read under, or null
   * @param origin    where it was read, for messages
   * @param tokens    tokens analyzed
   * @param characters characters of text
   * @param statements statements found
   * @param actors    people, organizations and countries it mentions
   * @param repeats   the same text read again, later in the input
   */
  public record Entry(Position position, String id, String iri, String contentHash,
                      String headline, String origin, long tokens, long characters,
                      long statements, long actors, List<Sighting> repeats) {
    public Entry {
      repeats = List.copyOf(repeats);
    }

    public String toJson() {
      JsonObject o = new JsonObject();
      o.put("file", position.file());
      o.put("index", position.index());
      o.put("id", id);
      o.put("iri", iri);
      o.put("hash", contentHash);
      putIfPresent(o, "headline", headline);
      o.put("origin", origin);
      o.put("tokens", tokens);
      o.put("chars", characters);
      o.put("statements", statements);
      o.put("actors", actors);
      JsonArray list = new JsonArray();
      for (Sighting s : repeats) {
        JsonObject r = new JsonObject();
        r.put("origin", s.origin());
        putIfPresent(r, "headline", s.headline());
        list.add(r);
      }
      o.put("repeats", list);
      return JSON.toStringFlat(o);
    }

    public static Entry fromJson(String line) {
      JsonObject o = JSON.parse(line);
      List<Sighting> repeats = new ArrayList<>();
      for (JsonValue v : o.get("repeats").getAsArray()) {
        JsonObject r = v.getAsObject();
        repeats.add(new Sighting(string(r, "origin"), string(r, "headline")));
      }
      return new Entry(new Position(number(o, "file"), number(o, "index")), string(o, "id"),
          string(o, "iri"), string(o, "hash"), string(o, "headline"), string(o, "origin"),
          number(o, "tokens"), number(o, "chars"), number(o, "statements"),
          number(o, "actors"), repeats);
    }
  }

  /**
   * An input that failed: an article whose analysis failed or a file, line or record that
   * could not be read.
   *
   * @param article    true for an article, false for input that held none
   * @param characters the article's characters (0 for other input)
   */
  public record Failure(String origin, String reason, boolean article, long characters) {
    public String toJson() {
      JsonObject o = new JsonObject();
      o.put("origin", origin);
      o.put("reason", reason);
      o.put("article", article);
      o.put("chars", characters);
      return JSON.toStringFlat(o);
    }

    public static Failure fromJson(String line) {
      JsonObject o = JSON.parse(line);
      return new Failure(string(o, "origin"), string(o, "reason"),
          o.get("article").getAsBoolean().value(), number(o, "chars"));
    }
  }

  /** The part files of one kind ({@link #NQUADS}, …) in partition order. */
  public static List<Path> parts(Path dir, String kind) {
    Path sub = dir.resolve(kind);
    if (!Files.isDirectory(sub)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(sub)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + sub + ": " + e.getMessage(), e);
    }
  }

  private static void putIfPresent(JsonObject o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  private static String string(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v.isNull() ? null : v.getAsString().value();
  }

  private static long number(JsonObject o, String key) {
    return o.get(key).getAsNumber().value().longValue();
  }
}
