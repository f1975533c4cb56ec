package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * Our JSON results writer against Jena's reader and Jena's writer: every kind of RDF term and
 * every character a string can hold comes back as it went in, and as Jena writes it.
 */
class JsonResultsWriterTest {
  private static final Var A = Var.alloc("a");
  private static final Var B = Var.alloc("b");

  private static final List<Node> TERMS = List.of(
      NodeFactory.createURI("https://w3id.org/newskg/id/person/jos%C3%A9-p%C3%A9rez"),
      NodeFactory.createLiteralString("He said: \"no\" \\ twice\nthen\r\tleft\u0001\u001f ok"),
      NodeFactory.createLiteralString("Zürich, 東京, emoji \uD83D\uDE00, \u2028line\u2029para"),
      NodeFactory.createLiteralString(""),
      NodeFactory.createLiteralLang("Bonjour", "fr"),
      NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
      NodeFactory.createLiteralDT("2025-05-01", XSDDatatype.XSDdate),
      NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
      NodeFactory.createBlankNode("x1"),
      NodeFactory.createTripleTerm(NodeFactory.createURI("http://ex.org/s"),
          NodeFactory.createURI("http://ex.org/p"), NodeFactory.createLiteralLang("o", "en")));

  /** Each term as ?a, with ?b bound to the same blank node twice and unbound otherwise. */
  private static List<Binding> rows() {
    List<Binding> rows = new ArrayList<>();
    Node shared = NodeFactory.createBlankNode("shared");
    for (int i = 0; i < TERMS.size(); i++) {
      BindingBuilder b = BindingBuilder.create().add(A, TERMS.get(i));
      if (i < 2) {
        b.add(B, shared);
      }
      rows.add(b.build());
    }
    return rows;
  }

  private static String write(RowSetWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out, RowSetStream.create(List.of(A, B), rows().iterator()), Context.create());
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<Binding> read(String json) {
    RowSet rs = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON)
        .create(ResultSetLang.RS_JSON)
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Context.create());
    assertEquals(List.of(A, B), rs.getResultVars());
    List<Binding> out = new ArrayList<>();
    rs.forEachRemaining(out::add);
    return out;
  }

  /** Where a string of the JSON text holds a raw control character (a lenient parser's pass). */
  private static int rawControlInString(String json) {
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString && c == '\\') {
        i++;
      } else if (c == '"') {
        inString = !inString;
      } else if (inString && c < 0x20) {
        return i;
      }
    }
    return -1;
  }

  private static RowSetWriter jenasWriter() {
    RowSetWriter registered = RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)
        .create(ResultSetLang.RS_JSON);
    // the writer we replace, whatever this JVM registered before this test
    return registered instanceof JsonResultsWriter ours ? ours.fallback() : registered;
  }

  @Test
  void everyTermComesBackAsItWentIn() {
    String json = write(JsonResultsWriter.over(jenasWriter()));
    JsonObject parsed = JSON.parse(json);
    assertEquals(-1, rawControlInString(json), "JSON strings hold no raw control character");
    assertEquals(TERMS.size(), parsed.get("results").getAsObject().get("bindings").getAsArray()
        .size());
    List<Binding> back = read(json);
    assertEquals(TERMS.size(), back.size());
    for (int i = 0; i < TERMS.size(); i++) {
      Node got = back.get(i).get(A);
      if (TERMS.get(i).isBlank()) {
        assertTrue(got.isBlank(), "row " + i + ": " + got);
      } else {
        assertEquals(TERMS.get(i), got, "row " + i);
      }
    }
    assertEquals(back.get(0).get(B), back.get(1).get(B), "one blank node, one label");
    assertFalse(back.get(2).contains(B), "unbound stays unbound");
  }

  /** The rows as text, blank nodes numbered in the order met (a reader makes fresh ones). */
  private static List<String> canonical(List<Binding> rows) {
    Map<Node, String> blanks = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (Binding row : rows) {
      StringBuilder line = new StringBuilder();
      for (Var v : List.of(A, B)) {
        Node n = row.get(v);
        line.append(v).append('=').append(n == null ? "-" : n.isBlank()
            ? blanks.computeIfAbsent(n, k -> "_:" + blanks.size()) : n.toString()).append(' ');
      }
      out.add(line.toString());
    }
    return out;
  }

  @Test
  void jenaReadsFromOursWhatItReadsFromItsOwn() {
    assertEquals(canonical(read(write(jenasWriter()))),
        canonical(read(write(JsonResultsWriter.over(jenasWriter())))));
  }

  @Test
  void registeringMakesItTheJsonWriterOnceAndAsksStayWithJena() {
    JsonResultsWriter.register();
    JsonResultsWriter.register();
    RowSetWriter registered = RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)
        .create(ResultSetLang.RS_JSON);
    JsonResultsWriter ours = assertInstanceOf(JsonResultsWriter.class, registered);
    assertFalse(ours.fallback() instanceof JsonResultsWriter, "not wrapped twice");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    registered.write(out, true, Context.create());
    assertEquals(true, JSON.parse(out.toString(StandardCharsets.UTF_8)).get("boolean")
        .getAsBoolean().value());
  }
}
