package org.newskg.cli;

import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.newskg.query.Sparql;
import org.newskg.rdf.NKG;
import org.newskg.store.DiskUsage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Count what the store holds, and the disk space it takes (the blocks "
        + "allocated to its files, as du counts them)."},
    footer = {"", "Example:", "  newskg stats --store newskg-data"})
public final class StatsCommand implements Callable<Integer> {
  @Mixin
  ReadOptions readOptions;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (ReadOptions.Reading reading = readOptions.open(spec.commandLine().getErr())) {
      Sparql sparql = reading.sparql();
      PrintWriter out = spec.commandLine().getOut();
      out.printf("articles       %,12d%n", count(sparql, "?a a nkg:Article"));
      out.printf("statements     %,12d  (%,d with a speaker)%n",
          count(sparql, "?s a nkg:Statement"), count(sparql, "?s a nkg:Statement ; nkg:speaker ?x"));
      out.printf("people         %,12d%n", count(sparql, "?p a nkg:Person"));
      out.printf("organizations  %,12d%n", count(sparql, "?o a nkg:Organization"));
      out.printf("countries      %,12d%n", count(sparql, "?c a nkg:Country"));
      out.printf("triples        %,12d  (distinct, union of article graphs)%n",
          count(sparql, "?s ?p ?o"));
      out.printf("quads          %,12d%n", count(sparql, "GRAPH ?g { ?s ?p ?o }"));
      if (reading.directory() != null) {
        OptionalLong allocated = DiskUsage.allocated(reading.directory());
        long apparent = DiskUsage.apparent(reading.directory());
        if (allocated.isPresent()) {
          out.printf("on disk        %,12d bytes (%s; files' lengths %,d: TDB2's are sparse)%n",
              allocated.getAsLong(), reading.directory(), apparent);
        } else {
          out.printf("on disk        %,12d bytes (%s; files' lengths, sparse ones at full size)%n",
              apparent, reading.directory());
        }
      }
      if (reading.remote()) {
        out.printf("read through   %s%n", reading.serverUrl());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private static long count(Sparql sparql, String pattern) {
    Query q = QueryFactory.create("PREFIX nkg: <" + NKG.NS + "> SELECT (COUNT(*) AS ?n) WHERE { "
        + pattern + " }");
    return sparql.select(q, s -> s.getLiteral("n").getLong()).get(0);
  }
}
