package org.newskg.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newskg.attribute.OfficeHolders;
import org.newskg.attribute.SpeakerRanker;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.train.AttributionExamples;
import org.newskg.train.AttributionExamples.QuoteExample;
import org.newskg.train.OfficeHolderTable;
import org.newskg.train.ReportedSpeechTrainer;
import org.newskg.train.SpeakerRankerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg train attribution}: the speaker ranker; {@code newskg train reported}: the
 * reported-speech model; both from annotated articles. {@code newskg train offices}: the office
 * holders' table, from any articles.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model newskg ships, from annotated articles.",
    subcommands = {TrainCommand.Attribution.class, TrainCommand.Reported.class,
        TrainCommand.Offices.class})
public final class TrainCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** How a model is fitted and cross-validated: the same options for every model. */
  static final class Fitting {
    @Option(names = "--data", paramLabel = "DIR", required = true, arity = "1..*",
        description = "Folders with articles.jsonl and the gold beside it: quotes.jsonl (the "
            + "gold quotes, with \"article\" ids) for attribution, attributions.jsonl for "
            + "reported.")
    List<Path> data;

    @Option(names = "--out", paramLabel = "MODEL", required = true,
        description = "Where to write the model (text: threshold, then feature weights).")
    Path out;

    @Option(names = "--seed", defaultValue = "20261202",
        description = "Seed of the cross-validation folds (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--folds", defaultValue = "5",
        description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--sigma", defaultValue = "1.0",
        description = "Standard deviation of the weights' Gaussian prior (default: "
            + "${DEFAULT-VALUE}).")
    double sigma;

    void check(CommandSpec spec) {
      if (folds < 2) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--folds must be at least 2");
      }
    }

    /** The data and fitting options as the command line gave them, for the model's header. */
    String madeBy() {
      return "--data " + String.join(" ", data.stream().map(Path::toString).toList())
          + " --seed " + seed + " --folds " + folds + " --sigma " + sigma;
    }
  }

  /** What writes a model's text. */
  interface ModelBody {
    void write(Writer w) throws java.io.IOException;
  }

  /**
   * What every model's training shares: the analysis of the articles, the fitting options, and
   * writing the model where {@code --out} says.
   */
  abstract static class ModelTraining implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    CachedAnalysis cached;

    @Mixin
    Fitting fitting;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }

    /** The analysis, once the options are checked. */
    ProcessorFactory factory() throws Exception {
      fitting.check(spec);
      return cached.factory(analysis, err());
    }

    /** Writes the model (making its folder when missing) and says so. */
    int writeModel(ModelBody body) throws java.io.IOException {
      write(fitting.out, body, out());
      return ExitCodes.OK;
    }
  }

  /** Writes {@code to} (making its folder when missing) and says so on {@code out}. */
  static void write(Path to, ModelBody body, PrintWriter out) throws java.io.IOException {
    if (to.toAbsolutePath().getParent() != null) {
      Files.createDirectories(to.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      body.write(w);
    }
    out.println("wrote " + to);
    out.flush();
  }

  /** A line on {@code err} every {@code every} articles analysed. */
  static java.util.function.IntConsumer progress(PrintWriter err, int every) {
    return done -> {
      if (done % every == 0) {
        err.println("newskg: analysed " + done + " articles");
        err.flush();
      }
    };
  }

  /** Example indexes by publisher name, publishers sorted. */
  static TreeMap<String, List<Integer>> byPublisher(int size,
                                                    java.util.function.IntFunction<String> of) {
    TreeMap<String, List<Integer>> out = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      out.computeIfAbsent(String.valueOf(of.apply(i)), k -> new ArrayList<>()).add(i);
    }
    return out;
  }

  @Command(name = "attribution", mixinStandardHelpOptions = true,
      description = {"Train the speaker ranker: analyse the articles of each DIR "
          + "(articles.jsonl, with the gold quotes of quotes.jsonl), pool the sieves' speaker "
          + "candidates of every quote a gold quote matches, and fit a logistic regression "
          + "that tells the gold speaker from the rest. Prints cross-validated speaker "
          + "accuracy and precision (folds by article) and the same with each publisher held "
          + "out, then writes the model, its threshold chosen on the cross-validated "
          + "probabilities. The same data, seed and settings give the same model."},
      footer = {"", "Example (the shipped model):",
          "  newskg train attribution --data ../shared/polnear/train \\",
          "      --out src/main/resources/attribute/speaker-ranker.tsv"})
  static final class Attribution extends ModelTraining {
    @Option(names = "--threshold", paramLabel = "P",
        description = "The probability below which the ranker alone names no speaker "
            + "(default: the one that maximises F0.5 of cross-validated precision and "
            + "accuracy).")
    Double fixedThreshold;

    @Mixin
    Workers workers;

    @Option(names = "--explain", paramLabel = "FILE",
        description = "Also write each quote with its gold speaker and its candidates, their "
            + "cross-validated probabilities and features (JSONL), to see what the ranker does.")
    Path explain;

    @Override
    public Integer call() throws Exception {
      PrintWriter o = out();
      ProcessorFactory factory = factory();
      List<QuoteExample> examples = AttributionExamples.collect(fitting.data, factory,
          workers.count(),
          progress(err(), 50));
      long candidates = examples.stream().mapToLong(q -> q.candidates().size()).sum();
      long attributable = examples.stream().filter(QuoteExample::attributable).count();
      long reachable = examples.stream().filter(q -> q.candidates().stream()
          .anyMatch(AttributionExamples.Candidate::speaker)).count();
      o.printf(Locale.ROOT, "%d quotes matched to gold (%d someone's words), %d candidates; "
          + "the gold speaker is among the candidates of %d (%.3f)%n", examples.size(),
          attributable, candidates, reachable, (double) reachable / Math.max(1, attributable));
      SpeakerRankerTrainer trainer = new SpeakerRankerTrainer(fitting.sigma);
      var cv = trainer.crossValidate(examples, fitting.folds, fitting.seed);
      double threshold = fixedThreshold != null ? fixedThreshold
          : SpeakerRankerTrainer.chooseThreshold(examples, cv);
      SpeakerRankerTrainer.Scores cvScores = SpeakerRankerTrainer.score(examples, cv, threshold);
      o.printf(Locale.ROOT, "%d-fold cross-validation (by article), threshold %.2f: %s%n",
          fitting.folds, threshold, cvScores);
      if (explain != null) {
        writeExplanations(examples,
            trainer.crossValidateModels(examples, fitting.folds, fitting.seed));
      }
      var lopo = trainer.heldOut(examples, q -> String.valueOf(q.publisher()));
      TreeMap<String, List<Integer>> byPublisher = byPublisher(examples.size(),
          i -> examples.get(i).publisher());
      o.println("each publisher held out (trained on the others):");
      double min = 1;
      double max = 0;
      for (var e : byPublisher.entrySet()) {
        List<QuoteExample> qs = e.getValue().stream().map(examples::get).toList();
        List<SpeakerRankerTrainer.Best> bs = e.getValue().stream().map(lopo::get).toList();
        SpeakerRankerTrainer.Scores s = SpeakerRankerTrainer.score(qs, bs, threshold);
        min = Math.min(min, s.accuracy());
        max = Math.max(max, s.accuracy());
        o.printf(Locale.ROOT, "  %-22s %s%n", e.getKey(), s);
      }
      o.printf(Locale.ROOT, "  spread of accuracy: %.3f to %.3f%n", min, max);
      SpeakerRanker model = trainer.train(examples, threshold);
      return writeModel(w -> model.write(w, List.of(
          "newskg speaker ranker: logistic regression (CoreNLP LinearClassifierFactory)",
          "made by: newskg train attribution " + fitting.madeBy()
              + (fixedThreshold == null ? "" : " --threshold " + fixedThreshold),
          String.format(Locale.ROOT, "%d quotes, %d candidates; cross-validated: %s",
              examples.size(), candidates, cvScores))));
    }

    private void writeExplanations(List<QuoteExample> examples, List<SpeakerRanker> models)
        throws java.io.IOException {
      try (Writer w = Files.newBufferedWriter(explain, StandardCharsets.UTF_8)) {
        for (int i = 0; i < examples.size(); i++) {
          QuoteExample q = examples.get(i);
          org.apache.jena.atlas.json.JsonObject j = new org.apache.jena.atlas.json.JsonObject();
          j.put("article", q.article());
          j.put("quote", q.quote());
          j.put("gold", String.valueOf(q.goldSpeaker()));
          j.put("attributable", q.attributable());
          org.apache.jena.atlas.json.JsonArray cs = new org.apache.jena.atlas.json.JsonArray();
          for (AttributionExamples.Candidate c : q.candidates()) {
            org.apache.jena.atlas.json.JsonObject cj = new org.apache.jena.atlas.json.JsonObject();
            cj.put("name", String.valueOf(c.name()));
            cj.put("speaker", c.speaker());
            cj.put("p", org.apache.jena.atlas.json.JsonNumber.value(
                Math.round(models.get(i).probability(c.features()) * 1000) / 1000.0));
            cj.put("features", String.join(" ", c.features()));
            cs.add(cj);
          }
          j.put("candidates", cs);
          w.write(j.toString().replace("\n", " ") + "\n");
        }
      }
    }
  }

  @Command(name = "reported", mixinStandardHelpOptions = true,
      description = {"Train the reported-speech model: analyse the articles of each DIR "
          + "(articles.jsonl beside PolNeAR's attributions.jsonl), find every candidate "
          + "clause a cue reports (\"X said …\", \"according to X\", \"X criticized …\"), "
          + "label it a statement when its words match a speech attribution's content (token "
          + "F1 ≥ 0.5, as the reported-speech metric), and fit a logistic regression. Prints "
          + "cross-validated precision and recall of the kept candidates (folds by article) "
          + "and the same with each publisher held out, then writes the model, its threshold "
          + "chosen on the cross-validated probabilities. The same data, seed and settings "
          + "give the same model."},
      footer = {"", "Example (the shipped model):",
          "  newskg train reported --data ../shared/polnear/train \\",
          "      --out src/main/resources/attribute/reported-speech.tsv"})
  static final class Reported extends ModelTraining {
    @Option(names = "--beta", defaultValue = "1.0",
        description = "The threshold maximises F-beta of cross-validated precision and recall "
            + "(default: ${DEFAULT-VALUE}; below 1 precision weighs more: the speaker ranker and "
            + "the sieves still decide who spoke each admitted clause).")
    double beta;

    @Option(names = "--threshold", paramLabel = "P",
        description = "Use this threshold instead of choosing one.")
    Double fixedThreshold;

    @Option(names = "--explain", paramLabel = "FILE",
        description = "Also write each candidate clause with its cue, its label, its "
            + "cross-validated probability and its features (JSONL), to see what the model "
            + "does.")
    Path explain;

    @Override
    public Integer call() throws Exception {
      PrintWriter o = out();
      List<ReportedSpeechTrainer.Example> examples = ReportedSpeechTrainer.collect(
          fitting.data, factory(), progress(err(), 100));
      long statements = examples.stream().filter(ReportedSpeechTrainer.Example::statement)
          .count();
      o.printf(Locale.ROOT, "%d candidate clauses, %d of them statements%n", examples.size(),
          statements);
      ReportedSpeechTrainer trainer = new ReportedSpeechTrainer(fitting.sigma);
      double[] cv = trainer.crossValidate(examples, fitting.folds, fitting.seed);
      double threshold = fixedThreshold != null ? fixedThreshold
          : ReportedSpeechTrainer.chooseThreshold(examples, cv, beta);
      ReportedSpeechTrainer.Scores cvScores = ReportedSpeechTrainer.score(examples, cv,
          threshold);
      o.printf(Locale.ROOT, "%d-fold cross-validation (by article), threshold %.2f: %s%n",
          fitting.folds, threshold, cvScores);
      if (explain != null) {
        writeExplanations(examples, cv);
      }
      double[] lopo = trainer.heldOut(examples, e -> String.valueOf(e.publisher()));
      TreeMap<String, List<Integer>> byPublisher = byPublisher(examples.size(),
          i -> examples.get(i).publisher());
      o.println("each publisher held out (trained on the others):");
      for (var e : byPublisher.entrySet()) {
        List<ReportedSpeechTrainer.Example> group = e.getValue().stream().map(examples::get)
            .toList();
        double[] p = e.getValue().stream().mapToDouble(i -> lopo[i]).toArray();
        o.printf(Locale.ROOT, "  %-22s %s%n", e.getKey(),
            ReportedSpeechTrainer.score(group, p, threshold));
      }
      org.newskg.attribute.LogisticModel model = trainer.train(examples, threshold);
      return writeModel(w -> model.write(w, List.of(
          "newskg reported-speech model: logistic regression (CoreNLP "
              + "LinearClassifierFactory) over candidate clauses",
          "made by: newskg train reported " + fitting.madeBy() + " --beta " + beta
              + (fixedThreshold == null ? "" : " --threshold " + fixedThreshold),
          String.format(Locale.ROOT, "%d candidates, %d statements; cross-validated: %s",
              examples.size(), statements, cvScores))));
    }

    private void writeExplanations(List<ReportedSpeechTrainer.Example> examples, double[] cv)
        throws java.io.IOException {
      try (Writer w = Files.newBufferedWriter(explain, StandardCharsets.UTF_8)) {
        for (int i = 0; i < examples.size(); i++) {
          ReportedSpeechTrainer.Example e = examples.get(i);
          org.apache.jena.atlas.json.JsonObject j = new org.apache.jena.atlas.json.JsonObject();
          j.put("article", e.article());
          j.put("cue", e.cue());
          j.put("content", e.content());
          j.put("statement", e.statement());
          j.put("p", org.apache.jena.atlas.json.JsonNumber.value(
              Math.round(cv[i] * 1000) / 1000.0));
          j.put("features", String.join(" ", e.features()));
          w.write(j.toString().replace("\n", " ") + "\n");
        }
      }
    }
  }

  @Command(name = "offices", mixinStandardHelpOptions = true,
      description = {"Learn the office holders' table: analyse the articles at each PATH (any "
          + "format newskg reads), note every person an article titles with an office "
          + "(\"Chancellor Gordon Brown\", \"Gordon Brown, the chancellor,\"), and write each "
          + "office with the people at least --min-articles articles title so, and those "
          + "articles' first and last dates. Attribution gives \"the chancellor said\" to the "
          + "one holder an article names without titling. The same articles give the same "
          + "table."},
      footer = {"", "Example (the shipped table):",
          "  newskg train offices --data ../shared/bbc \\",
          "      --out src/main/resources/attribute/office-holders.tsv"})
  static final class Offices implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    CachedAnalysis cached;

    @Mixin
    Workers workers;

    @Option(names = "--data", paramLabel = "PATH", required = true, arity = "1..*",
        description = "Files or folders of articles.")
    List<Path> data;

    @Option(names = "--out", paramLabel = "TABLE", required = true,
        description = "Where to write the table (text: office, holder, articles, first and "
            + "last date, tab-separated).")
    Path out;

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "3",
        description = "Articles that must title a person with an office for the table to "
            + "keep them (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Override
    public Integer call() throws Exception {
      PrintWriter o = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (minArticles < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--min-articles must be at least 1");
      }
      int[] problems = {0};
      OfficeHolders table = OfficeHolderTable.learn(data, cached.factory(analysis, err),
          workers.count(), minArticles, progress(err, 100), new org.newskg.source.ArticleSink() {
            @Override
            public void article(org.newskg.source.Article a) {}

            @Override
            public void problem(String origin, String reason) {
              problems[0]++;
              err.println("newskg: " + origin + ": " + reason);
              err.flush();
            }
          });
      long holders = table.byOffice().values().stream().mapToLong(List::size).sum();
      o.printf(Locale.ROOT, "%d offices, %d holders%n", table.byOffice().size(), holders);
      write(out, w -> table.write(w, List.of(
          "newskg office holders: people the articles title with an office",
          "made by: newskg train offices --data " + String.join(" ",
              data.stream().map(Path::toString).toList()) + " --min-articles " + minArticles)), o);
      return problems[0] == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }
}
