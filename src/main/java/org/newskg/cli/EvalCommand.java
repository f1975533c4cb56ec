package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.eval.GoldQuotes;
import org.newskg.eval.QuoteScorer;
import org.newskg.extract.CoreNlpModels;
import org.newskg.ingest.IngestPipeline;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.ingest.StageTimes;
import org.newskg.rdf.IriScheme;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score statements against a gold file of quotes, with the metrics of "
        + "../shared/eval/score.py (detection recall, speaker accuracy and precision, about "
        + "precision and recall).",
        "With INPUT paths, ingests them into a temporary store first; without, scores the "
            + "statements already in --store. Prints each gold quote that was missed, left "
            + "unattributed or given the wrong speaker, then the metrics as one JSON line."},
    footer = {"", "Examples:",
        "  newskg eval ../shared/corpus",
        "  newskg eval --gold my-gold.jsonl my-articles/",
        "  newskg eval --store dev-store"})
public final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Articles to ingest into a temporary store and score.")
  List<Path> inputs;

  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--gold", paramLabel = "FILE",
      defaultValue = "../shared/eval/quotes-000.jsonl",
      description = "Gold quotes, one JSON object per line (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads when ingesting INPUT (default: number of cores).")
  Integer threads;

  @Option(names = "--quiet", description = "Print only the metrics line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("no gold file at " + gold + " (give --gold FILE)");
    }
    List<QuoteScorer.Gold> goldQuotes = GoldQuotes.load(gold);
    List<QuoteScorer.SystemStatement> system;
    if (inputs == null || inputs.isEmpty()) {
      try (KnowledgeStore store = storeOptions.openExisting()) {
        system = GoldQuotes.statements(store);
      }
    } else {
      system = ingestAndRead();
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

  private List<QuoteScorer.SystemStatement> ingestAndRead() throws Exception {
    try (KnowledgeStore store = KnowledgeStore.temporary()) {
      System.err.println("newskg: loading CoreNLP models…");
      ProcessorFactory factory = new ProcessorFactory(new CoreNlpModels(),
          IriScheme.defaultScheme());
      IngestPipeline.Options standard = IngestPipeline.Options.standard();
      IngestPipeline.Options options = new IngestPipeline.Options(
          threads == null ? standard.threads() : threads, standard.batchSize(), true,
          Integer.MAX_VALUE, standard.defaults());
      // problems are printed by the progress bar as they happen
      new IngestPipeline(factory, new StageTimes())
          .ingest(inputs, store, options, new ProgressBar(System.err, System.console() != null));
      return GoldQuotes.statements(store);
    }
  }
}
