package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newskg.eval.EventScorer;
import org.newskg.eval.GoldEvents;
import org.newskg.eval.GoldQuotes;
import org.newskg.eval.QuoteScorer;
import org.newskg.eval.ReportedScorer;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score statements against a gold file of quotes, with the metrics of "
        + "../shared/eval/score.py (detection recall, speaker accuracy and precision, about "
        + "precision and recall); with --events-gold, score events too, with the metrics of "
        + "../shared/eval/score_events.py (salient recall, CAMEO type, QuadClass and date "
        + "accuracy, system events per gold event).",
        "With INPUT paths, ingests them into a temporary store first; without, scores what "
            + "is already in --store. An INPUT folder holding articles.jsonl and quotes.jsonl "
            + "(../shared/eval/bbc-dev, ../shared/polnear/dev) is an evaluation set: its "
            + "articles are ingested and its quotes.jsonl (and attributions.jsonl, events.jsonl with "
            + "articles.txt, when there) are the gold. Prints each gold quote that was missed, "
            + "left unattributed or given the wrong speaker, then the metrics as one JSON line; "
            + "with attributions, the reported-speech metrics as a JSON line; then each gold "
            + "event missed and the event metrics as a JSON line."},
    footer = {"", "Examples:",
        "  newskg eval ../shared/corpus",
        "  newskg eval ../shared/polnear/dev --annotation-cache ~/.cache/newskg",
        "  newskg eval ../shared/eval/bbc-dev --quiet",
        "  newskg eval ../shared/corpus --events-gold ../shared/eval/events-000.jsonl",
        "  newskg eval --gold my-gold.jsonl my-articles/",
        "  newskg eval --store dev-store --events-gold events.jsonl \\",
        "      --events-source articles.txt --events-out system-events.jsonl --quiet"})
public final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Articles to ingest into a temporary store and score.")
  List<Path> inputs;

  @Mixin
  StoreOptions storeOptions;

  @Mixin
  AnalysisOptions analysis;

  /** Where the gold quotes are when neither --gold nor an evaluation set gives them. */
  static final Path DEFAULT_GOLD = Path.of("../shared/eval/quotes-000.jsonl");

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "Gold quotes, one JSON object per line (default: the quotes.jsonl of an "
          + "evaluation set given as INPUT, else " + "../shared/eval/quotes-000.jsonl).")
  Path gold;

  @Option(names = "--statements-out", paramLabel = "FILE",
      description = "Also write the system statements as `said` lists them (a quote inside "
          + "an indirect or nominal statement once, inside it), every kind, as JSONL: the input "
          + "of score_reported.py; an attributed statement also gives its rule and confidence.")
  Path statementsOut;

  @Option(names = "--quotes-out", paramLabel = "FILE",
      description = "Also write the system's quotes (every statement but the indirect and "
          + "nominal ones) "
          + "as JSONL: the input of score.py (with each speaker's rule and confidence).")
  Path quotesOut;

  @Mixin
  CachedAnalysis cached;

  @Mixin
  Workers workers;

  @Option(names = "--quiet", description = "Print only the metrics lines.")
  boolean quiet;

  @Option(names = "--events-gold", paramLabel = "FILE",
      description = "Gold events, one JSON object per line (../shared/eval/events-000.jsonl); "
          + "scores the store's events against them.")
  Path eventsGold;

  @Option(names = "--events-source", paramLabel = "FILE",
      description = "The text file the gold events' line numbers count in (default: the "
          + ".txt input that has every article the gold names, else the one whose name starts "
          + "with the gold file's number, as 000_… for events-000.jsonl, else the only one; "
          + "needed without INPUT).")
  Path eventsSource;

  @Option(names = "--attributions", paramLabel = "FILE",
      description = "Gold attributions in PolNeAR's form (default: the attributions.jsonl of "
          + "an evaluation set given as INPUT); prints the reported-speech metrics of "
          + "score_reported.py.")
  Path attributions;

  @Option(names = "--events-out", paramLabel = "FILE",
      description = "Also write the system events as JSONL, the input of score_events.py.")
  Path eventsOut;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> articles = new ArrayList<>();
    List<Path> sets = new ArrayList<>();
    for (Path p : inputs == null ? List.<Path>of() : inputs) {
      if (isEvaluationSet(p)) {
        sets.add(p);
        articles.add(p.resolve("articles.jsonl"));
      } else {
        articles.add(p);
      }
    }
    if (sets.size() > 1) {
      throw new IllegalArgumentException("one evaluation set at a time: " + sets);
    }
    Path set = sets.isEmpty() ? null : sets.get(0);
    if (gold == null) {
      gold = set != null ? set.resolve("quotes.jsonl") : DEFAULT_GOLD;
    }
    if (eventsGold == null && set != null && Files.isRegularFile(set.resolve("events.jsonl"))
        && Files.isRegularFile(set.resolve("articles.txt"))) {
      eventsGold = set.resolve("events.jsonl");
      if (eventsSource == null) {
        eventsSource = set.resolve("articles.txt");
      }
    }
    if (attributions == null && set != null
        && Files.isRegularFile(set.resolve("attributions.jsonl"))) {
      attributions = set.resolve("attributions.jsonl");
    }
    if (attributions != null && !Files.isRegularFile(attributions)) {
      throw new IllegalArgumentException("no attributions file at " + attributions);
    }
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("no gold file at " + gold + " (give --gold FILE)");
    }
    List<QuoteScorer.Gold> goldQuotes = GoldQuotes.load(gold);
    List<EventScorer.Gold> goldEvents = null;
    List<String> sourceLines = null;
    if (eventsGold != null) {
      if (!Files.isRegularFile(eventsGold)) {
        throw new IllegalArgumentException("no gold events file at " + eventsGold);
      }
      goldEvents = GoldEvents.load(eventsGold);
      Path source = eventsSource != null ? eventsSource : defaultEventsSource(goldEvents);
      if (!Files.isRegularFile(source)) {
        throw new IllegalArgumentException("no source text at " + source
            + " (--events-source: the file the gold events' line numbers count in)");
      }
      sourceLines = GoldEvents.sourceLines(source);
    }
    List<QuoteScorer.SystemStatement> system;
    List<QuoteScorer.SystemStatement> quotes;
    List<EventScorer.SystemEvent> systemEvents;
    if (articles.isEmpty()) {
      try (KnowledgeStore store = storeOptions.openExisting(spec.commandLine().getErr())) {
        system = GoldQuotes.statements(store);
        quotes = GoldQuotes.quotes(store);
        systemEvents = GoldEvents.events(store);
      }
    } else {
      try (KnowledgeStore store = KnowledgeStore.temporary()) {
        ingest(store, articles);
        system = GoldQuotes.statements(store);
        quotes = GoldQuotes.quotes(store);
        systemEvents = GoldEvents.events(store);
      }
    }
    // the quote metrics judge the quotes; reported speech is judged by its own metrics
    QuoteScorer.Result result = new QuoteScorer().score(goldQuotes, quotes);
    if (!quiet) {
      for (QuoteScorer.Error e : result.errors()) {
        out.printf("%-13s L%-4s %-62s gold=%s sys=%s%n", e.type(), e.line(), e.quote(),
            e.gold(), e.system() == null ? "None" : e.system());
      }
    }
    out.println(result.toJson());
    if (statementsOut != null) {
      Files.write(statementsOut, system.stream().map(GoldQuotes::toJsonLine).toList(),
          StandardCharsets.UTF_8);
    }
    if (quotesOut != null) {
      Files.write(quotesOut, quotes.stream().map(GoldQuotes::toJsonLine).toList(),
          StandardCharsets.UTF_8);
    }
    if (eventsOut != null) {
      Files.write(eventsOut, systemEvents.stream().map(GoldEvents::toJsonLine).toList(),
          StandardCharsets.UTF_8);
    }
    if (attributions != null) {
      out.println(new ReportedScorer().score(ReportedScorer.load(attributions), system)
          .toJson());
    }
    if (goldEvents != null) {
      EventScorer.Result events = new EventScorer().score(goldEvents, sourceLines,
          systemEvents);
      if (!quiet) {
        events.misses().forEach(m -> out.println(m.toLine()));
      }
      out.println(events.toJson());
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** A folder with articles to ingest and their gold: articles.jsonl beside quotes.jsonl. */
  static boolean isEvaluationSet(Path p) {
    return Files.isDirectory(p) && Files.isRegularFile(p.resolve("articles.jsonl"))
        && Files.isRegularFile(p.resolve("quotes.jsonl"));
  }

  /**
   * The .txt input that holds every article the gold names (by headline or first five words);
   * else the one named like the gold file ("000_…" for events-000.jsonl); else the only one.
   */
  private Path defaultEventsSource(List<EventScorer.Gold> goldEvents) throws IOException {
    List<Path> texts = new ArrayList<>();
    for (Path p : inputs == null ? List.<Path>of() : inputs) {
      if (!Files.exists(p) || isEvaluationSet(p)) {
        continue;  // the ingest reports it; a set names its source
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt"))
            .sorted().forEach(texts::add);
      }
    }
    Optional<Path> byArticle = GoldEvents.sourceFor(goldEvents, texts);
    if (byArticle.isPresent()) {
      return byArticle.get();
    }
    Matcher number = Pattern.compile("(\\d+)")
        .matcher(eventsGold.getFileName().toString());
    if (number.find()) {
      List<Path> named = texts.stream()
          .filter(t -> t.getFileName().toString().startsWith(number.group(1))).toList();
      if (named.size() == 1) {
        return named.get(0);
      }
    }
    if (texts.size() == 1) {
      return texts.get(0);
    }
    throw new IllegalArgumentException("cannot tell which text file the line numbers of "
        + eventsGold + " count in; give --events-source FILE");
  }

  private void ingest(KnowledgeStore store, List<Path> articles) throws Exception {
    ProcessorFactory factory = cached.factory(analysis, spec.commandLine().getErr());
    IngestPipeline.Options standard = IngestPipeline.Options.standard();
    IngestPipeline.Options options = new IngestPipeline.Options(
        workers.count(), standard.batchSize(), true,
        Integer.MAX_VALUE, standard.defaults());
    // problems are printed by the progress bar as they happen
    new IngestPipeline(factory, new StageTimes())
        .ingest(articles, store, options, new ProgressBar(err(), System.console() != null));
  }

  // picocli's writers, so a caller (or a test) can redirect what the command prints
  private java.io.PrintWriter err() { return spec.commandLine().getErr(); }
}
