package org.newskg.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.query.EntitiesQuery;
import org.newskg.query.EntityRow;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "The people, organizations and countries in the store, most mentioned first, "
        + "with how many articles mention each, how many statements it made and how many are "
        + "about it, and the CAMEO actor codes its events gave it (runs queries/entities.rq).",
    footer = {"", "Examples:", "  newskg entities --top 20",
        "  newskg entities --type country --format csv"})
public final class EntitiesCommand implements Callable<Integer> {
  enum Format { table, csv, json, jsonl }

  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Only this type: ${COMPLETION-CANDIDATES}.")
  EntitiesQuery.Type type;

  @Option(names = "--top", paramLabel = "N", defaultValue = "0",
      description = "At most N entities (default: all).")
  int top;

  @Option(names = "--format", defaultValue = "table",
      description = "table, csv, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    if (top < 0) {
      throw new IllegalArgumentException("--top must be 0 or more, not " + top);
    }
    try (KnowledgeStore store = storeOptions.openExisting()) {
      List<EntityRow> rows = new EntitiesQuery().run(store, type, top);
      PrintStream out = System.out;
      switch (format) {
        case table -> table(out, rows);
        case csv -> {
          out.println("label,type,articles,said,about,entity");
          rows.forEach(r -> out.println(String.join(",", Csv.field(r.label()),
              Csv.field(r.type()), Csv.field(r.articles()), Csv.field(r.said()),
              Csv.field(r.about()), Csv.field(r.entity()))));
        }
        case json -> {
          JsonArray array = new JsonArray();
          rows.forEach(r -> array.add(toJson(r)));
          out.println(array);
        }
        case jsonl -> rows.forEach(r -> out.println(toJson(r).toString().replace("\n", " ")));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static void table(PrintStream out, List<EntityRow> rows) {
    if (rows.isEmpty()) {
      out.println("(no entities)");
      return;
    }
    out.printf("%-40s %-12s %8s %6s %6s%n", "entity", "type", "articles", "said", "about");
    for (EntityRow r : rows) {
      out.printf("%-40s %-12s %8d %6d %6d%s%n", r.label(), r.type(), r.articles(), r.said(),
          r.about(), r.codes().isEmpty() ? "" : "  " + String.join(" ", r.codes()));
    }
    out.printf("%d entit%s%n", rows.size(), rows.size() == 1 ? "y" : "ies");
  }

  private static JsonObject toJson(EntityRow r) {
    JsonObject o = new JsonObject();
    o.put("label", r.label());
    o.put("type", r.type());
    o.put("articles", r.articles());
    o.put("said", r.said());
    o.put("about", r.about());
    org.apache.jena.atlas.json.JsonArray codes = new org.apache.jena.atlas.json.JsonArray();
    r.codes().forEach(codes::add);
    o.put("codes", codes);
    o.put("entity", r.entity());
    return o;
  }
}
