package org.newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.data.JsonFields;
import org.newskg.query.Page;
import org.newskg.query.QuoteSentences;
import org.newskg.query.SaidQuery;
import org.newskg.query.SaidRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import static org.newskg.data.JsonFields.putIfPresent;
import static org.newskg.data.JsonFields.putOrNull;

@Command(name = "said", mixinStandardHelpOptions = true,
    description = "Who said what about whom: the statements in the store, filtered by "
        + "speaker, target and date (runs queries/said.rq).",
    footer = {"", "Examples:", "  newskg said", "  newskg said --speaker trump --since 2025-03-01",
        "  newskg said --about ukraine --format json",
        "  newskg said --about e.u. --group-by speaker --limit 10"})
public final class SaidCommand implements Callable<Integer> {
  enum GroupBy { speaker, about }

  enum Kind { direct, partial, indirect, nominal, term }

  @Mixin
  ReadOptions readOptions;

  @Spec
  CommandSpec spec;

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "One of the speaker's names or a run of its words, any case (\"blair\", "
          + "\"Tony Blair\"), or part of how the article describes an unnamed speaker.")
  String speaker;

  @Option(names = "--about", paramLabel = "NAME",
      description = "One of the names of a person, organization or country the statement is "
          + "about, or a run of its words, any case, dots of initials ignored (\"e.u.\").")
  String about;

  @Mixin
  DateRange dates;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only statements of this kind: direct (quoted in full), partial (a few "
          + "quoted words in the reporter's sentence), indirect (reported speech: \"she said "
          + "the talks would resume\"), nominal (a speech act reported by a noun phrase: "
          + "\"she criticized the cuts\"), term (scare quotes, coined terms). Default: all.")
  Kind kind;

  @Option(names = "--with-parts",
      description = "Also list on its own each quote that is part of a reported statement "
          + "(by default it shows once, inside the reported clause).")
  boolean withParts;

  @Option(names = "--group-by", paramLabel = "speaker|about",
      description = "Count the statements per speaker, or per entity they are about, most "
          + "first, instead of listing them.")
  GroupBy groupBy;

  @Mixin
  Listing listing;

  @Override
  public Integer call() {
    Page page = listing.page(spec);
    SaidQuery.Filters filters = new SaidQuery.Filters(speaker, about, dates.since, dates.until, dates.undated,
        kind == null ? null : kind.name(), withParts);
    try (ReadOptions.Reading reading = readOptions.open(spec.commandLine().getErr())) {
      PrintWriter out = spec.commandLine().getOut();
      if (groupBy != null) {
        List<SaidRow> rows = new SaidQuery().run(reading.sparql(), filters, Page.ALL);
        printGroups(out, groups(rows, groupBy, page));
      } else {
        List<SaidRow> rows = new SaidQuery().run(reading.sparql(), filters, page);
        Map<String, String> sentences = listing.format == Listing.Format.table ? Map.of()
            : QuoteSentences.of(reading.sparql(), rows);
        switch (listing.format) {
          case table -> table(out, rows);
          case csv -> csv(out, rows, sentences);
          case json, jsonl -> listing.printJson(out, rows,
              r -> toJson(r, sentences.get(r.statement())));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** One group of {@code --group-by}: a speaker or entity and its number of statements. */
  record Group(String name, String iri, String type, long statements) {}

  static List<Group> groups(List<SaidRow> rows, GroupBy by, Page page) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (SaidRow r : rows) {
      List<Group> keys = new ArrayList<>();
      if (by == GroupBy.speaker) {
        if (r.speaker() != null) {
          keys.add(new Group(r.speaker(), r.speakerIri(), speakerType(r), 0));
        }
      } else {
        r.about().forEach(a -> keys.add(new Group(a, null, null, 0)));
      }
      for (Group k : keys) {
        String key = k.iri() != null ? k.iri() : k.type() + "\t" + k.name();
        groups.merge(key, new Group(k.name(), k.iri(), k.type(), 1),
            (a, b) -> new Group(a.name(), a.iri(), a.type(), a.statements() + 1));
      }
    }
    return groups.values().stream()
        .sorted(Comparator.comparingLong(Group::statements).reversed()
            .thenComparing(Group::name))
        .skip(page.offset()).limit(page.limit() == 0 ? Long.MAX_VALUE : page.limit()).toList();
  }

  private void printGroups(PrintWriter out, List<Group> groups) {
    String what = groupBy == GroupBy.speaker ? "speaker" : "about";
    switch (listing.format) {
      case table -> {
        if (groups.isEmpty()) {
          out.println("(no statements)");
          return;
        }
        out.printf("%10s  %s%n", "statements", what);
        groups.forEach(g -> out.printf("%10d  %s%n", g.statements(), g.name()));
        out.printf("%d %s%n", groups.size(), groupBy == GroupBy.speaker ? "speaker(s)"
            : "entit" + (groups.size() == 1 ? "y" : "ies"));
      }
      case csv -> {
        out.println(what + ",statements" + (groupBy == GroupBy.speaker
            ? ",speaker_iri,speaker_type" : ""));
        groups.forEach(g -> out.println(Csv.field(g.name()) + "," + g.statements()
            + (groupBy == GroupBy.speaker ? "," + Csv.field(g.iri()) + "," + Csv.field(g.type())
            : "")));
      }
      case json, jsonl -> listing.printJson(out, groups, g -> {
        JsonObject o = new JsonObject();
        o.put(what, g.name());
        o.put("statements", g.statements());
        if (groupBy == GroupBy.speaker) {
          putOrNull(o, "speaker_iri", g.iri());
          putOrNull(o, "speaker_type", g.type());
        }
        return o;
      });
    }
  }

  /** Cues whose reported clause is what the speaker denies ("denied the plan had failed"). */
  static final Set<String> DENYING_CUES = Set.of("deny", "refute", "dispute", "reject",
      "dismiss", "rebut", "contest");

  private static void table(PrintWriter out, List<SaidRow> rows) {
    if (rows.isEmpty()) {
      out.println("(no statements)");
      return;
    }
    for (SaidRow r : rows) {
      String speaker = r.speaker() != null ? r.speaker()
          : "term".equals(r.kind()) ? "(term)" : "(unattributed)";
      out.printf("%s  %s%s%n", r.date() == null ? "----------" : r.date(), speaker,
          r.about().isEmpty() ? "" : "  about " + String.join(", ", r.about()));
      if ("indirect".equals(r.kind())) {
        // reported speech is the reporter's words: no quotation marks
        // a denial reports what the speaker said is not so: marked as such, not as their words
        out.printf("    (%s) %s%n", r.cue() != null && DENYING_CUES.contains(r.cue())
            ? PastTense.of(r.cue()) : "reported", r.quote());
      } else if ("nominal".equals(r.kind())) {
        // a noun phrase is what the speaker spoke of: it reads with its verb ("criticized: the
        // cuts to rail spending"), not as something said
        out.printf("    %s: %s%n", r.cue() == null ? "(reported)" : PastTense.of(r.cue()),
            r.quote());
      } else {
        out.printf("    “%s”%n", r.quote());
      }
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

  /** "Person", "Organization", "Country"; "description" for a speaker the article leaves unnamed. */
  static String speakerType(SaidRow r) {
    if (r.speakerIri() != null) {
      return r.speakerType();
    }
    return r.speaker() != null ? "description" : null;
  }

  private static void csv(PrintWriter out, List<SaidRow> rows, Map<String, String> sentences) {
    out.println("date,speaker,quote,about,kind,headline,publisher,statement,speaker_iri,"
        + "speaker_type,confidence,rule,article,url,sentence,begin,end");
    for (SaidRow r : rows) {
      out.println(String.join(",", Csv.field(r.date()), Csv.field(r.speaker()),
          Csv.field(r.quote()), Csv.field(String.join("; ", r.about())), Csv.field(r.kind()),
          Csv.field(r.headline()), Csv.field(r.publisher()), Csv.field(r.statement()),
          Csv.field(r.speakerIri()), Csv.field(speakerType(r)), number(r.confidence()),
          Csv.field(r.rule()), Csv.field(r.article()), Csv.field(r.url()),
          Csv.field(sentences.get(r.statement())), number(r.begin()), number(r.end())));
    }
  }

  private static String number(Object n) {
    return n == null ? "" : n.toString();
  }

  /** One statement as JSON; {@code quote}, {@code speaker}, {@code about} as score.py reads. */
  static JsonObject toJson(SaidRow r, String sentence) {
    JsonObject o = new JsonObject();
    o.put("quote", r.quote());
    putOrNull(o, "speaker", r.speaker());
    o.put("about", JsonFields.array(r.about()));
    putIfPresent(o, "date", r.date());
    putIfPresent(o, "kind", r.kind());
    putIfPresent(o, "headline", r.headline());
    putIfPresent(o, "publisher", r.publisher());
    putIfPresent(o, "statement", r.statement());
    putIfPresent(o, "article", r.article());
    putIfPresent(o, "url", r.url());
    putIfPresent(o, "speaker_iri", r.speakerIri());
    putIfPresent(o, "speaker_type", speakerType(r));
    if (r.confidence() != null) {
      o.put("confidence", org.apache.jena.atlas.json.JsonNumber.value(Double.parseDouble(r.confidence())));
    }
    putIfPresent(o, "rule", r.rule());
    putIfPresent(o, "sentence", sentence);
    if (r.begin() != null && r.end() != null) {
      o.put("begin", r.begin());
      o.put("end", r.end());
    }
    return o;
  }
}
