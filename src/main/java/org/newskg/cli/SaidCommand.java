package org.newskg.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.query.SaidQuery;
import org.newskg.query.SaidRow;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "said", mixinStandardHelpOptions = true,
    description = "Who said what about whom: the statements in the store, filtered by "
        + "speaker, target and date (runs queries/said.rq).",
    footer = {"", "Examples:", "  newskg said", "  newskg said --speaker trump --since 2025-03-01",
        "  newskg said --about ukraine --format json"})
public final class SaidCommand implements Callable<Integer> {
  enum Format { table, csv, json, jsonl }

  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "One of the speaker's names or a run of its words, any case (\"blair\", "
          + "\"Tony Blair\"), or part of how the article describes an unnamed speaker.")
  String speaker;

  @Option(names = "--about", paramLabel = "NAME",
      description = "One of the names of a person, organization or country the statement is "
          + "about, or a run of its words, any case.")
  String about;

  @Option(names = "--since", paramLabel = "DATE", description = "Statements on or after DATE.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", description = "Statements on or before DATE.")
  LocalDate until;

  @Option(names = "--format", defaultValue = "table",
      description = "table, csv, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    try (KnowledgeStore store = storeOptions.openExisting()) {
      List<SaidRow> rows = new SaidQuery().run(store,
          new SaidQuery.Filters(speaker, about, since, until));
      PrintStream out = System.out;
      switch (format) {
        case table -> table(out, rows);
        case csv -> csv(out, rows);
        case json -> out.println(json(rows));
        case jsonl -> rows.forEach(r -> out.println(toJson(r).toString().replace("\n", " ")));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static void table(PrintStream out, List<SaidRow> rows) {
    if (rows.isEmpty()) {
      out.println("(no statements)");
      return;
    }
    for (SaidRow r : rows) {
      String speaker = r.speaker() != null ? r.speaker()
          : "term".equals(r.kind()) ? "(term)" : "(unattributed)";
      out.printf("%s  %s%s%n", r.date() == null ? "----------" : r.date(), speaker,
          r.about().isEmpty() ? "" : "  about " + String.join(", ", r.about()));
      out.printf("    “%s”%n", r.quote());
      String source = r.headline() == null ? "" : r.headline();
      if (r.publisher() != null) {
        source = source.isEmpty() ? r.publisher() : source + " (" + r.publisher() + ")";
      }
      if (!source.isEmpty()) {
        out.printf("    — %s%n", source);
      }
    }
    out.printf("%d statement(s)%n", rows.size());
  }

  private static void csv(PrintStream out, List<SaidRow> rows) {
    out.println("date,speaker,quote,about,kind,headline,publisher,statement");
    for (SaidRow r : rows) {
      out.println(String.join(",", Csv.field(r.date()), Csv.field(r.speaker()),
          Csv.field(r.quote()), Csv.field(String.join("; ", r.about())), Csv.field(r.kind()),
          Csv.field(r.headline()), Csv.field(r.publisher()), Csv.field(r.statement())));
    }
  }

  private static JsonArray json(List<SaidRow> rows) {
    JsonArray array = new JsonArray();
    rows.forEach(r -> array.add(toJson(r)));
    return array;
  }

  /** One statement as JSON; {@code quote}, {@code speaker}, {@code about} as score.py reads. */
  static JsonObject toJson(SaidRow r) {
    JsonObject o = new JsonObject();
    o.put("quote", r.quote());
    if (r.speaker() != null) {
      o.put("speaker", r.speaker());
    } else {
      o.put("speaker", org.apache.jena.atlas.json.JsonNull.instance);
    }
    JsonArray about = new JsonArray();
    r.about().forEach(about::add);
    o.put("about", about);
    putIfPresent(o, "date", r.date());
    putIfPresent(o, "kind", r.kind());
    putIfPresent(o, "headline", r.headline());
    putIfPresent(o, "publisher", r.publisher());
    putIfPresent(o, "statement", r.statement());
    putIfPresent(o, "article", r.article());
    return o;
  }

  private static void putIfPresent(JsonObject o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }
}
