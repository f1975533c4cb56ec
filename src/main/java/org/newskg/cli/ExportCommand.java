package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RIOT;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.rdf.JsonLdStreamWriter;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Namespaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the whole store as RDF for other tools, streamed (the store is never "
        + "held in memory).",
        "turtle: the union of all article graphs as one graph; trig, nquads and jsonld keep "
            + "one named graph per article. Turtle and TriG declare a prefix for every "
            + "namespace newskg writes; JSON-LD is compacted with newskg's context "
            + "(ontology/context.jsonld, inlined)."},
    footer = {"", "Examples:", "  newskg export --out graph.ttl",
        "  newskg export --format nquads --out graph.nq"})
public final class ExportCommand implements Callable<Integer> {
  enum Format { turtle, trig, nquads, jsonld, gdelt }

  @Mixin
  ReadOptions readOptions;

  @Option(names = "--format", defaultValue = "turtle",
      description = "turtle, trig, nquads, jsonld, or gdelt: one tab-separated row per event "
          + "with the GDELT 2.0 event table's columns (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (ReadOptions.Reading reading = readOptions.open(spec.commandLine().getErr());
         OutputStream os = out == null ? nonClosing(standardOutput())
             : new BufferedOutputStream(Files.newOutputStream(out))) {
      if (format == Format.gdelt) {
        if (reading.remote()) {
          throw new IllegalArgumentException("export --format gdelt reads the store itself, "
              + "not through a server: stop the server holding it first");
        }
        java.io.PrintWriter gdelt = new java.io.PrintWriter(new java.io.OutputStreamWriter(os,
            java.nio.charset.StandardCharsets.UTF_8));
        new org.newskg.query.GdeltExport().write(reading.store(), gdelt);
        gdelt.flush();
      } else {
        StreamRDF sink = sink(os);
        sink.start();
        if (format == Format.turtle || format == Format.trig) {
          Namespaces.all().forEach(sink::prefix);
        }
        if (reading.remote()) {
          fromServer(reading, sink);
        } else {
          fromStore(reading.store().datasetGraph(), sink);
        }
        sink.finish();
      }
    }
    return done();
  }

  private Integer done() {
    if (out != null) {
      err().println("newskg: wrote " + out);
    }
    return ExitCodes.OK;
  }

  private StreamRDF sink(OutputStream os) {
    // "@prefix" lines, which every Turtle reader knows (Jena's default is SPARQL's PREFIX)
    Context at = new Context();
    at.set(RIOT.symTurtleDirectiveStyle, "at");
    return switch (format) {
      // the streaming "blocks" writers keep memory flat on a large store
      case turtle -> StreamRDFWriter.getWriterStream(os, RDFFormat.TURTLE_BLOCKS, at);
      case trig -> StreamRDFWriter.getWriterStream(os, RDFFormat.TRIG_BLOCKS, at);
      case nquads -> StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
      case jsonld -> new JsonLdStreamWriter(JsonLdStreamWriter.utf8(os));
      case gdelt -> throw new IllegalStateException("gdelt rows are not RDF");
    };
  }

  /** The store's quads graph after graph (or, for Turtle, the union's triples). */
  private void fromStore(DatasetGraph dsg, StreamRDF sink) {
    Txn.executeRead(dsg, () -> {
      if (format == Format.turtle) {
        Iterator<Triple> it = dsg.getUnionGraph().find();
        while (it.hasNext()) {
          sink.triple(it.next());
        }
        return;
      }
      // one graph at a time: TDB2's find over everything interleaves the graphs
      Iterator<Node> graphs = dsg.listGraphNodes();
      while (graphs.hasNext()) {
        Node graph = graphs.next();
        if (graph.isURI() && graph.getURI().equals(NKG.STATISTICS_GRAPH)) {
          continue;  // counts derived from the article graphs; a store rebuilds them when opened
        }
        Iterator<Quad> it = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
          sink.quad(it.next());
        }
      }
    });
  }

  /**
   * The same through a server: its Graph Store Protocol endpoint gives the union graph for
   * Turtle, and each article graph in turn for the others (their names from a query), parsed
   * as they arrive.
   */
  private void fromServer(ReadOptions.Reading reading, StreamRDF sink) {
    String get = reading.serverBase() + "/newskg/get";
    if (format == Format.turtle) {
      RDFParser.source(get + "?default").acceptHeader("application/n-triples")
          .forceLang(Lang.NTRIPLES).parse(contentOnly(sink));
      return;
    }
    List<String> graphs = reading.sparql().select(
        QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g"),
        s -> s.getResource("g").getURI());
    for (String graph : graphs) {
      if (graph.equals(NKG.STATISTICS_GRAPH)) {
        continue;
      }
      Node name = NodeFactory.createURI(graph);
      StreamRDF intoGraph = new StreamRDFWrapper(contentOnly(sink)) {
        @Override
        public void triple(Triple triple) {
          sink.quad(Quad.create(name, triple));
        }
      };
      RDFParser.source(get + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8))
          .acceptHeader("application/n-triples").forceLang(Lang.NTRIPLES).parse(intoGraph);
    }
  }

  /** The server's own prefixes, base, start and finish do not belong in the output. */
  private static StreamRDF contentOnly(StreamRDF sink) {
    return new StreamRDFWrapper(sink) {
      @Override
      public void start() {}

      @Override
      public void finish() {}

      @Override
      public void prefix(String prefix, String iri) {}

      @Override
      public void base(String base) {}
    };
  }

  /**
   * picocli's output writer as bytes, so that a caller (or a test) that redirects what the
   * command prints gets the RDF too; every format here writes UTF-8.
   */
  private OutputStream standardOutput() throws java.io.IOException {
    return WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
        .setCharset(StandardCharsets.UTF_8).get();
  }

  private static OutputStream nonClosing(OutputStream os) {
    return new java.io.FilterOutputStream(os) {
      @Override
      public void write(byte[] b, int off, int len) throws java.io.IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws java.io.IOException {
        flush();
      }
    };
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  // picocli's writers, so a caller (or a test) can redirect what the command prints
  private java.io.PrintWriter err() { return spec.commandLine().getErr(); }
}
