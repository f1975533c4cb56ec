package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newskg.data.JsonFields;
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
        GoldLines.strings(o.get("speakerAlternatives")), GoldLines.strings(o.get("about"))));
  }

  /**
   * The statements of a store as {@code said} lists them (a quote inside an indirect statement
   * shows once, inside it), as the scorers read them.
   */
  public static List<QuoteScorer.SystemStatement> statements(KnowledgeStore store) {
    return statements(store, SaidQuery.Filters.none());
  }

  /**
   * The quotes of a store: every statement but reported speech (indirect and nominal ones),
   * parts included.
   */
  public static List<QuoteScorer.SystemStatement> quotes(KnowledgeStore store) {
    return statements(store, SaidQuery.Filters.everyStatement()).stream()
        .filter(s -> !"indirect".equals(s.kind()) && !"nominal".equals(s.kind())).toList();
  }

  private static List<QuoteScorer.SystemStatement> statements(KnowledgeStore store,
                                                              SaidQuery.Filters filters) {
    return new SaidQuery().run(store, filters).stream()
        .map(r -> new QuoteScorer.SystemStatement(r.article(), r.quote(), r.speaker(),
            r.about(), r.kind(), r.speaker() == null ? null : r.rule(),
            r.speaker() == null || r.confidence() == null ? null
                : Double.valueOf(r.confidence()))).toList();
  }

  /**
   * One statement as score.py and score_reported.py read it: article, quote, speaker, about,
   * kind; and, when the statement has a speaker, the rule and the confidence that named them
   * (the scripts ignore them; they tell which rule a wrong speaker came from).
   */
  public static String toJsonLine(QuoteScorer.SystemStatement s) {
    org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
    JsonFields.putOrNull(o, "article", s.article());
    JsonFields.putOrNull(o, "quote", s.quote());
    JsonFields.putOrNull(o, "speaker", s.speaker());
    o.put("about", JsonFields.array(s.about()));
    JsonFields.putOrNull(o, "kind", s.kind());
    JsonFields.putIfPresent(o, "rule", s.rule());
    if (s.confidence() != null) {
      o.put("confidence", org.apache.jena.atlas.json.JsonNumber.value(s.confidence()));
    }
    return o.toString().replace("\n", " ");
  }

}
