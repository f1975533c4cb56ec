package org.newskg.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.eval.GoldLines;

/**
 * One attribution of PolNeAR's {@code attributions.jsonl}: who (source) said what (content),
 * as character spans of the article, end exclusive; a span may be discontinuous.
 */
record GoldAttribution(String article, List<int[]> source, String sourceName,
                       List<String> sourceAlternatives, List<int[]> content) {
  static List<GoldAttribution> load(Path file) throws IOException {
    return GoldLines.read(file, "attribution", o -> new GoldAttribution(
        o.get("article").getAsString().value(), spans(o.get("source")),
        GoldLines.string(o.get("sourceName")), GoldLines.strings(o.get("sourceAlternatives")),
        spans(o.get("content"))));
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
