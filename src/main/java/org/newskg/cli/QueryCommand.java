package org.newskg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Run a SPARQL query over the store. The default graph is the union of all "
        + "article graphs; each article's graph is also addressable by its IRI (GRAPH ?g).",
        "SELECT and ASK print a table, CSV, TSV or SPARQL JSON results; CONSTRUCT and DESCRIBE "
            + "print Turtle (or JSON-LD with --format json)."},
    footer = {"", "Examples:",
        "  newskg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'",
        "  newskg query --file queries/top-speakers.rq --format csv"})
public final class QueryCommand implements Callable<Integer> {
  enum Format { table, csv, tsv, json }

  static final class Source {
    @Parameters(paramLabel = "SPARQL", description = "The query text.")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the query from FILE.")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--format", defaultValue = "table",
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    String text = source.file != null
        ? Files.readString(source.file, StandardCharsets.UTF_8) : source.text;
    Query query;
    try {
      query = QueryFactory.create(text);
    } catch (QueryParseException e) {
      System.err.println("newskg: the query does not parse: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    try (KnowledgeStore store = storeOptions.openExisting()) {
      Txn.executeRead(store.dataset(), () -> {
        try (QueryExecution exec = QueryExecution.dataset(store.dataset()).query(query)
            .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
          if (query.isSelectType()) {
            var results = exec.execSelect();
            switch (format) {
              case table -> ResultSetFormatter.out(System.out, results, query.getPrefixMapping());
              case csv -> ResultSetFormatter.outputAsCSV(System.out, results);
              case tsv -> ResultSetFormatter.outputAsTSV(System.out, results);
              case json -> ResultSetFormatter.outputAsJSON(System.out, results);
            }
          } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
              case table -> System.out.println(answer);
              case csv -> ResultSetFormatter.outputAsCSV(System.out, answer);
              case tsv -> ResultSetFormatter.outputAsTSV(System.out, answer);
              case json -> ResultSetFormatter.outputAsJSON(System.out, answer);
            }
          } else if (query.isConstructType() || query.isDescribeType()) {
            var model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            RDFDataMgr.write(System.out, model, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
          } else {
            throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE");
          }
        }
      });
    }
    System.out.flush();
    return ExitCodes.OK;
  }
}
