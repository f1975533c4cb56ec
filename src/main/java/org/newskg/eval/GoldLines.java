package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Gold files: one JSON object per non-blank line, each bad line named by file and number; and
 * the readers of the values they share.
 */
public final class GoldLines {
  private GoldLines() {}

  /**
   * @param what what a line holds, for the error message ("gold quote")
   */
  public static <T> List<T> read(Path file, String what, Function<JsonObject, T> parse)
      throws IOException {
    List<T> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(parse.apply(JSON.parse(line)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + n + ": not "
            + (what.matches("[aeiou].*") ? "an " : "a ") + what + " line: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** A string value, or null when absent or null. */
  public static String string(JsonValue v) {
    return v == null || v.isNull() ? null : v.getAsString().value();
  }

  /** The strings of an array value; none when absent or not an array. */
  public static List<String> strings(JsonValue v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
    }
    return out;
  }
}
