package org.newskg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.newskg.rdf.ShapesValidator;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check the whole store against the SHACL shapes of ontology/shapes.ttl. "
        + "Exit code 1 if it does not conform.",
    footer = {"", "Example:", "  newskg validate --store newskg-data"})
public final class ValidateCommand implements Callable<Integer> {
  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--max-results", paramLabel = "N", defaultValue = "20",
      description = "Show at most N violations (default: ${DEFAULT-VALUE}).")
  int maxResults;

  @Override
  public Integer call() {
    try (KnowledgeStore store = storeOptions.openExisting(spec.commandLine().getErr())) {
      ValidationReport report = Txn.calculateRead(store.datasetGraph(),
          () -> ShapesValidator.load().validate(store.datasetGraph().getUnionGraph()));
      if (report.conforms()) {
        out().println("conforms: the store satisfies every shape of ontology/shapes.ttl");
        return ExitCodes.OK;
      }
      out().printf("does not conform: %d violation(s)%n", report.getEntries().size());
      report.getEntries().stream().limit(maxResults).forEach(e ->
          out().printf("  %s %s: %s%n", e.focusNode(), e.resultPath(), e.message()));
      return ExitCodes.FAILURE;
    }
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  // picocli's writers, so a caller (or a test) can redirect what the command prints
  private java.io.PrintWriter out() { return spec.commandLine().getOut(); }
}
