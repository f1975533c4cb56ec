package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.query.SaidQuery;
import org.newskg.store.KnowledgeStore;

/** Reads gold quote files (the format of {@code ../shared/eval/GUIDELINES.md}) and store rows. */
public final class GoldQuotes {
  private GoldQuotes() {}

  /** One gold span per non-blank line: line, quote, kind, speaker, about. */
  public static List<QuoteScorer.Gold> load(Path file) throws IOException {
    return GoldLines.read(file, "gold quote", o -> new QuoteScorer.Gold(
        GoldLines.string(o.get("article")),
        o.get("line").getAsNumber().value().intValue(), o.get("quote").getAsString().value(),
        o.get("kind").getAsString().value(), GoldLines.string(o.get("speaker")),
        strings(o.get("speakerAlternatives")), strings(o.get("about"))));
  }

  /** The statements of a store, as the scorer reads them. */
  public static List<QuoteScorer.SystemStatement> statements(KnowledgeStore store) {
    return new SaidQuery().run(store, SaidQuery.Filters.none()).stream()
        .map(r -> new QuoteScorer.SystemStatement(r.article(), r.quote(), r.speaker(),
            r.about())).toList();
  }

  /** One statement as score.py reads it: article, quote, speaker, about. */
  public static String toJsonLine(QuoteScorer.SystemStatement s) {
    org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
    GoldLines.putOrNull(o, "article", s.article());
    GoldLines.putOrNull(o, "quote", s.quote());
    GoldLines.putOrNull(o, "speaker", s.speaker());
    org.apache.jena.atlas.json.JsonArray about = new org.apache.jena.atlas.json.JsonArray();
    s.about().forEach(about::add);
    o.put("about", about);
    return o.toString().replace("\n", " ");
  }

  private static List<String> strings(JsonValue v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
    }
    return out;
  }
}
