package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the whole store as RDF for other tools.",
        "turtle: the union of all article graphs as one graph; trig, nquads and jsonld keep "
            + "one named graph per article."},
    footer = {"", "Examples:", "  newskg export --out graph.ttl",
        "  newskg export --format nquads --out graph.nq"})
public final class ExportCommand implements Callable<Integer> {
  enum Format { turtle, trig, nquads, jsonld, gdelt }

  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--format", defaultValue = "turtle",
      description = "turtle, trig, nquads, jsonld, or gdelt: one tab-separated row per event "
          + "with the GDELT 2.0 event table's columns (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (KnowledgeStore store = storeOptions.openExisting();
         OutputStream os = out == null ? nonClosing(System.out)
             : new BufferedOutputStream(Files.newOutputStream(out))) {
      if (format == Format.gdelt) {
        new org.newskg.query.GdeltExport().write(store, new java.io.PrintWriter(
            new java.io.OutputStreamWriter(os, java.nio.charset.StandardCharsets.UTF_8)));
        return done();
      }
      DatasetGraph dsg = store.datasetGraph();
      Txn.executeRead(dsg, () -> {
        switch (format) {
          // the streaming "blocks" writers keep memory flat on a large store
          case turtle -> RDFDataMgr.write(os, withPrefixes(dsg.getUnionGraph()),
              RDFFormat.TURTLE_BLOCKS);
          case trig -> RDFDataMgr.write(os, dsg, RDFFormat.TRIG_BLOCKS);
          case nquads -> RDFDataMgr.write(os, dsg, RDFFormat.NQUADS);
          case jsonld -> RDFDataMgr.write(os, dsg, RDFFormat.JSONLD11);
        }
      });
    }
    return done();
  }

  private Integer done() {
    if (out != null) {
      System.err.println("newskg: wrote " + out);
    }
    return ExitCodes.OK;
  }

  private static org.apache.jena.graph.Graph withPrefixes(org.apache.jena.graph.Graph g) {
    PrefixMapping p = g.getPrefixMapping();
    try {
      p.setNsPrefix("nkg", NKG.NS);
      p.setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.uri);
      p.setNsPrefix("skos", NKG.SKOS);
      p.setNsPrefix("nif", NKG.NIF);
      p.setNsPrefix("xsd", org.apache.jena.vocabulary.XSD.NS);
    } catch (RuntimeException e) {
      // a read-only union view may refuse prefixes; the output is still correct without them
    }
    return g;
  }

  private static OutputStream nonClosing(OutputStream os) {
    return new java.io.FilterOutputStream(os) {
      @Override
      public void close() throws java.io.IOException {
        flush();
      }
    };
  }
}
