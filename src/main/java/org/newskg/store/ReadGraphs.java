package org.newskg.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * An article's graph as read, as the store keeps it in its bookkeeping: one literal of
 * gzipped, sorted N-Triples (base64), so that it costs one node and not a second copy of every
 * triple, and the same graph always gives the same literal.
 */
final class ReadGraphs {
  private ReadGraphs() {}

  static Node encode(Graph graph) {
    // literals as TDB2 gives them back ("0.90" is stored as 0.9): a graph as read then says
    // the same whether it came from an ingest or from the quads a load reads back
    Graph stored = GraphFactory.createDefaultGraph();
    graph.find().forEachRemaining(t -> stored.add(Triple.create(t.getSubject(),
        t.getPredicate(), asStored(t.getObject()))));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    RDFDataMgr.write(text, stored, Lang.NTRIPLES);
    String[] lines = text.toString(StandardCharsets.UTF_8).split("\n");
    Arrays.sort(lines);
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
      out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return NodeFactory.createLiteralDT(Base64.getEncoder().encodeToString(zipped.toByteArray()),
        XSDDatatype.XSDbase64Binary);
  }

  static Node asStored(Node node) {
    if (!node.isLiteral()) {
      return node;
    }
    NodeId id = NodeIdInline.inline(node);
    return id == null ? node : NodeIdInline.extract(id);
  }

  static Graph decode(Node literal) {
    byte[] zipped = Base64.getDecoder().decode(literal.getLiteralLexicalForm());
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
      Graph graph = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.NTRIPLES).parse(graph);
      return graph;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
