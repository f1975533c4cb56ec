package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.data.JsonFields;
import org.newskg.query.EventRow;
import org.newskg.query.EventsQuery;
import org.newskg.query.Page;
import org.newskg.rdf.EventTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = "What happened, who did it to whom, when and where: the events in the store, "
        + "filtered by CAMEO type, participant and date (runs queries/events.rq).",
    footer = {"", "Examples:", "  newskg events", "  newskg events --type 18 --actor russia",
        "  newskg events --since 2025-03-01 --until 2025-03-07 --format csv",
        "  newskg events --type consult --format json --limit 20"})
public final class EventsCommand implements Callable<Integer> {
  @Mixin
  ReadOptions readOptions;

  @Option(names = "--type", paramLabel = "CODE|LABEL",
      description = "CAMEO root code (\"18\") or part of its name (\"assault\", \"consult\").")
  String type;

  @Option(names = "--actor", paramLabel = "NAME",
      description = "One of a participant's names (actor or target) or a run of its words, "
          + "any case.")
  String actor;

  @Option(names = "--actor-code", paramLabel = "CODE",
      description = "A participant's CAMEO actor code, or its start: GBRGOV (British "
          + "government), GBR (anyone British), IGO (international organizations).")
  String actorCode;

  @Mixin
  DateRange dates;

  @Mixin
  Listing listing;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Page page = listing.page(spec);
    if (type != null) {
      checkType(type);
    }
    try (ReadOptions.Reading reading = readOptions.open(spec.commandLine().getErr())) {
      List<EventRow> rows = new EventsQuery().run(reading.sparql(),
          new EventsQuery.Filters(type, actor, dates.since, dates.until, actorCode,
              dates.undated), page);
      PrintWriter out = spec.commandLine().getOut();
      switch (listing.format) {
        case table -> table(out, rows);
        case csv -> csv(out, rows);
        case json, jsonl -> listing.printJson(out, rows, EventsCommand::toJson);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** A type no CAMEO root category answers to is a usage error that lists them. */
  private void checkType(String typed) {
    String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
    String code = t.matches("\\d") ? "0" + t : t;
    StringBuilder list = new StringBuilder();
    boolean known = false;
    for (EventTypes.Type each : EventTypes.load().all()) {
      String label = each.prefLabel().getLexicalForm();
      known |= each.cameo().equals(code) || label.toLowerCase(java.util.Locale.ROOT).contains(t);
      list.append(String.format("%n  %s %s", each.cameo(), label));
    }
    if (!known || t.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--type " + typed + ": no CAMEO root "
          + "category has that code or a name containing it; the types are:" + list);
    }
  }

  private static void table(PrintWriter out, List<EventRow> rows) {
    if (rows.isEmpty()) {
      out.println("(no events)");
      return;
    }
    for (EventRow r : rows) {
      out.printf("%s  %s %s: %s%s%s%s%s%n", r.date() == null ? "----------" : r.date(),
          r.cameo(), r.type(), r.actors().isEmpty() ? "?" : coded(r.actors(), r.codes()),
          r.targets().isEmpty() ? "" : " -> " + coded(r.targets(), r.codes()),
          r.place() == null ? "" : " in " + r.place(),
          r.modality() == null ? "" : " (" + r.modality() + ")",
          r.articles().size() > 1 ? "  [" + r.articles().size() + " articles]" : "");
      out.printf("    %s: %s%n", r.trigger(), r.sentence());
      if (r.headline() != null) {
        out.printf("    — %s%n", r.headline());
      }
    }
    out.printf("%d event(s)%n", rows.size());
  }

  /** "Portugal [PRTGOV], Spain": each participant with its CAMEO actor code, if it has one. */
  private static String coded(List<String> names, Map<String, String> codes) {
    return names.stream().map(n -> codes.containsKey(n) ? n + " [" + codes.get(n) + "]" : n)
        .collect(Collectors.joining(", "));
  }

  private static void csv(PrintWriter out, List<EventRow> rows) {
    out.println("date,cameo,type,actors,targets,place,trigger,modality,headline,articles,"
        + "sentence,event,codes");
    for (EventRow r : rows) {
      out.println(String.join(",", Csv.field(r.date()), Csv.field(r.cameo()),
          Csv.field(r.type()), Csv.field(String.join("; ", r.actors())),
          Csv.field(String.join("; ", r.targets())), Csv.field(r.place()),
          Csv.field(r.trigger()), Csv.field(r.modality()), Csv.field(r.headline()),
          Csv.field(String.join(" ", r.articles())), Csv.field(r.sentence()),
          Csv.field(r.event()), Csv.field(r.codes().entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")))));
    }
  }

  /** One event as JSON, with the keys score_events.py reads (sentence, trigger, cameo, …). */
  static JsonObject toJson(EventRow r) {
    JsonObject o = new JsonObject();
    o.put("event", r.event());
    o.put("sentence", r.sentence() == null ? "" : r.sentence());
    o.put("trigger", r.trigger() == null ? "" : r.trigger());
    o.put("cameo", r.cameo());
    o.put("type", r.type());
    o.put("actors", JsonFields.array(r.actors()));
    o.put("targets", JsonFields.array(r.targets()));
    JsonFields.putOrNull(o, "date", r.date());
    JsonFields.putOrNull(o, "place", r.place());
    JsonFields.putIfPresent(o, "modality", r.modality());
    JsonFields.putIfPresent(o, "headline", r.headline());
    o.put("articles", JsonFields.array(r.articles()));
    JsonObject codes = new JsonObject();
    r.codes().forEach((name, code) -> codes.put(name, code));
    o.put("codes", codes);
    return o;
  }
}
