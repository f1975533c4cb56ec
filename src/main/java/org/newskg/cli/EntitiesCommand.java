package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.data.JsonFields;
import org.newskg.query.EntitiesQuery;
import org.newskg.query.EntityRow;
import org.newskg.query.Page;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "The people, organizations and countries in the store, most mentioned first, "
        + "with how many articles mention each, how many statements it made and how many are "
        + "about it, and the CAMEO actor codes its events gave it (runs queries/entities.rq).",
    footer = {"", "Examples:", "  newskg entities --limit 20",
        "  newskg entities --type country --format csv"})
public final class EntitiesCommand implements Callable<Integer> {
  @Mixin
  ReadOptions readOptions;

  @Spec
  CommandSpec spec;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Only this type: person, org (or organization) or country, any case, as "
          + "the output prints it too (\"Organization\").")
  String type;

  @Mixin
  Listing listing;

  @Override
  public Integer call() {
    Page page = listing.page(spec);
    EntitiesQuery.Type only;
    try {
      only = type == null ? null : EntitiesQuery.Type.parse(type);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--type: " + e.getMessage());
    }
    try (ReadOptions.Reading reading = readOptions.open(spec.commandLine().getErr())) {
      List<EntityRow> rows = new EntitiesQuery().run(reading.sparql(), only, page);
      PrintWriter out = spec.commandLine().getOut();
      switch (listing.format) {
        case table -> table(out, rows);
        case csv -> {
          out.println("label,type,articles,said,about,entity");
          rows.forEach(r -> out.println(String.join(",", Csv.field(r.label()),
              Csv.field(r.type()), Csv.field(r.articles()), Csv.field(r.said()),
              Csv.field(r.about()), Csv.field(r.entity()))));
        }
        case json, jsonl -> listing.printJson(out, rows, EntitiesCommand::toJson);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static void table(PrintWriter out, List<EntityRow> rows) {
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
    o.put("codes", JsonFields.array(r.codes()));
    o.put("entity", r.entity());
    return o;
  }
}
