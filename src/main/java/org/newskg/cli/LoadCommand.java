package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.ingest.IngestReport;
import org.newskg.load.BulkLoader;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Load the output of 'newskg spark-ingest' into the store: the articles' "
        + "graphs are bulk-loaded, linked to what the store holds (people, events), and the "
        + "store compacted; the result is what 'newskg ingest' of the same input gives.",
        "Articles the store already holds with the same text are skipped. The inputs the job "
            + "could not read or analyze are reported; the exit code is 1 if any failed."},
    footer = {"", "Example:", "  newskg spark-ingest corpus --out job-out && newskg load "
        + "job-out --store newskg-data"})
public final class LoadCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The job's --out directory.")
  Path dir;

  @Mixin
  StoreOptions storeOptions;

  @Mixin
  StoreWriting writing;

  @Override
  public Integer call() {
    BulkLoader.Options options = new BulkLoader.Options(writing.batchSize, writing.force,
        writing.compactAfter);
    // before the store is opened: a wrong DIR leaves no empty store behind
    BulkLoader.checkOutput(dir);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BulkLoader.Report loaded;
    try (KnowledgeStore store = storeOptions.open(spec.commandLine().getErr())) {
      loaded = new BulkLoader().load(dir, store, options, writing.progress(err));
    }
    IngestReport report = loaded.ingest();
    out.printf("loaded %s in %.1f s (bulk load %,d quads in %.1f s, %,.0f quads/s; linking "
            + "%.1f s; compacting %.1f s)%n", StoreWriting.counts(report), report.seconds(),
        loaded.quads(), loaded.stagingSeconds(),
        loaded.stagingSeconds() > 0 ? loaded.quads() / loaded.stagingSeconds() : 0,
        loaded.linkingSeconds(), loaded.compactingSeconds());
    out.flush();
    return StoreWriting.problems(report, err, report.articles() == 0, dir::toString);
  }
}
