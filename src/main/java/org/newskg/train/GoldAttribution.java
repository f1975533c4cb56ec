package org.newskg.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One attribution of PolNeAR's {@code attributions.jsonl}: who (source) said what (content),
 * as character spans of the article, end exclusive; a span may be discontinuous.
 */
record GoldAttribution(String article, List<int[]> source, String sourceName,
                       List<String> sourceAlternatives, List<int[]> content) {
  static List<GoldAttribution> load(Path file) throws IOException {
    List<GoldAttribution> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonObject o = JSON.parse(line);
        List<String> alternatives = new ArrayList<>();
        JsonValue alts = o.get("sourceAlternatives");
        if (alts != null && alts.isArray()) {
          alts.getAsArray().forEach(v -> alternatives.add(v.getAsString().value()));
        }
        JsonValue name = o.get("sourceName");
        out.add(new GoldAttribution(o.get("article").getAsString().value(),
            spans(o.get("source")), name == null || name.isNull() ? null
            : name.getAsString().value(), alternatives, spans(o.get("content"))));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + n + ": not an attribution line: "
            + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<int[]> spans(JsonValue part) {
    List<int[]> out = new ArrayList<>();
    if (part == null || !part.isObject() || part.getAsObject().get("spans") == null) {
      return out;
    }
    part.getAsObject().get("spans").getAsArray().forEach(s -> out.add(new int[] {
        s.getAsArray().get(0).getAsNumber().value().intValue(),
        s.getAsArray().get(1).getAsNumber().value().intValue()}));
    return out;
  }

  /** Characters of [begin, end) inside the content. */
  int contentOverlap(int begin, int end) {
    int n = 0;
    for (int[] s : content) {
      n += Math.max(0, Math.min(end, s[1]) - Math.max(begin, s[0]));
    }
    return n;
  }

  boolean sourceOverlaps(int begin, int end) {
    return source.stream().anyMatch(s -> begin < s[1] && s[0] < end);
  }
}
