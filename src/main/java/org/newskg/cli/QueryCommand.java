package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.query.QueryTemplate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Run a SPARQL query over the store. The default graph is the union of all "
        + "article graphs; each article's graph is also addressable by its IRI (GRAPH ?g).",
        "SELECT and ASK print a table, CSV, TSV or SPARQL JSON results; CONSTRUCT and DESCRIBE "
            + "print Turtle (or JSON-LD with --format json).",
        "--param NAME=VALUE binds a variable of the query's inline VALUES row, as the canned "
            + "commands do: the value is read as the kind of term the row's default is (a "
            + "date, an IRI, a string)."},
    footer = {"", "Examples:",
        "  newskg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'",
        "  newskg query --file queries/top-speakers.rq --format csv",
        "  newskg query --file queries/statements-about.rq --param aboutName=italy"})
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
  ReadOptions readOptions;

  @Spec
  CommandSpec spec;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "Bind ?NAME of the query's VALUES row to VALUE (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--format", defaultValue = "table",
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be 1 or more seconds");
    }
    if (source.file != null && !Files.isRegularFile(source.file)) {
      throw new IllegalArgumentException("no query file " + source.file);
    }
    String text = source.file != null
        ? Files.readString(source.file, StandardCharsets.UTF_8) : source.text;
    Query query;
    try {
      query = QueryFactory.create(text);
    } catch (QueryParseException e) {
      spec.commandLine().getErr().println("newskg: the query does not parse: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    if (!params.isEmpty()) {
      String name = source.file != null ? source.file.toString() : "SPARQL";
      try {
        query = QueryTemplate.of(name, text).bindText(params);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--param: " + e.getMessage());
      }
    }
    if (!(query.isSelectType() || query.isAskType() || query.isConstructType()
        || query.isDescribeType())) {
      throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE");
    }
    // the answer goes to a file first: a query that fails or times out half-way prints nothing
    Path answer = Files.createTempFile("newskg-query", ".out");
    try {
      Query q = query;
      try (ReadOptions.Reading reading = readOptions.open(spec.commandLine().getErr());
           OutputStream os = new BufferedOutputStream(Files.newOutputStream(answer))) {
        reading.sparql().execute(q, Duration.ofSeconds(timeoutSeconds), exec -> {
          write(q, exec, os);
          return null;
        });
      } catch (QueryCancelledException e) {
        return stopped();
      }
      PrintWriter out = spec.commandLine().getOut();
      try (Reader in = Files.newBufferedReader(answer, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
      out.flush();
      return ExitCodes.OK;
    } finally {
      Files.deleteIfExists(answer);
    }
  }

  private int stopped() {
    spec.commandLine().getErr().printf("newskg: query stopped after %d s (--timeout)%n",
        timeoutSeconds);
    return ExitCodes.FAILURE;
  }

  private void write(Query query, QueryExecution exec, OutputStream os) {
    if (query.isSelectType()) {
      var results = exec.execSelect();
      switch (format) {
        case table -> ResultSetFormatter.out(os, results, query.getPrefixMapping());
        case csv -> ResultSetFormatter.outputAsCSV(os, results);
        case tsv -> ResultSetFormatter.outputAsTSV(os, results);
        case json -> ResultSetFormatter.outputAsJSON(os, results);
      }
    } else if (query.isAskType()) {
      boolean answer = exec.execAsk();
      switch (format) {
        case table -> new PrintWriter(os, true, StandardCharsets.UTF_8).println(answer);
        case csv -> ResultSetFormatter.outputAsCSV(os, answer);
        case tsv -> ResultSetFormatter.outputAsTSV(os, answer);
        case json -> ResultSetFormatter.outputAsJSON(os, answer);
      }
    } else {
      var model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
      RDFDataMgr.write(os, model, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
    }
    try {
      os.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
