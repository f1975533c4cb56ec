package org.newskg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.eval.QuoteScorer;
import org.newskg.query.SaidQuery;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the statements in a store against a gold file of quotes, with the "
        + "metrics of ../shared/eval/score.py (speaker accuracy, about precision and recall…).",
        "Prints each gold quote the store got wrong, then the metrics as one JSON line."},
    footer = {"", "Example:",
        "  newskg ingest ../shared/corpus --store dev-store && newskg eval --store dev-store"})
public final class EvalCommand implements Callable<Integer> {
  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--gold", paramLabel = "FILE",
      defaultValue = "../shared/eval/quotes-000.jsonl",
      description = "Gold quotes, one JSON object per line (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--quiet", description = "Print only the metrics line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("no gold file at " + gold + " (give --gold FILE)");
    }
    List<QuoteScorer.Gold> goldQuotes = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject o = JSON.parse(line);
      goldQuotes.add(new QuoteScorer.Gold(o.get("line").getAsNumber().value().intValue(),
          o.get("quote").getAsString().value(), o.get("kind").getAsString().value(),
          string(o.get("speaker")), strings(o.get("about"))));
    }
    List<QuoteScorer.SystemStatement> system = new ArrayList<>();
    try (KnowledgeStore store = storeOptions.openExisting()) {
      new SaidQuery().run(store, SaidQuery.Filters.none()).forEach(r ->
          system.add(new QuoteScorer.SystemStatement(r.quote(), r.speaker(), r.about())));
    }
    QuoteScorer.Result result = new QuoteScorer().score(goldQuotes, system);
    if (!quiet) {
      for (QuoteScorer.Error e : result.errors()) {
        System.out.printf("%-13s L%-4s %-62s gold=%s sys=%s%n", e.type(), e.line(), e.quote(),
            e.gold(), e.system() == null ? "None" : e.system());
      }
    }
    System.out.println(result.toJson());
    return ExitCodes.OK;
  }

  private static String string(JsonValue v) {
    return v == null || v.isNull() ? null : v.getAsString().value();
  }

  private static List<String> strings(JsonValue v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
    }
    return out;
  }
}
