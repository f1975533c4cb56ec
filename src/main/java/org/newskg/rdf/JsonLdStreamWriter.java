package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes quads as one JSON-LD document compacted with newskg's context
 * ({@code ontology/context.jsonld}, inlined): each article graph is an object with its
 * {@code @id} and its {@code @graph} of node objects, properties by their terms
 * ({@code "headline"}, {@code "speaker"}), IRIs as compact IRIs ({@code "person:tony-blair"}).
 * It streams: only the graph being written is held, so the quads must come grouped by graph
 * (as a TDB2 store and N-Quads from it give them; a graph that comes back later is written as
 * a second object with the same {@code @id}, which JSON-LD merges).
 */
public final class JsonLdStreamWriter implements StreamRDF {
  private final Writer out;
  private final JsonObject context;
  private final Map<String, String> prefixes = new LinkedHashMap<>();
  private final Map<String, String> terms = new LinkedHashMap<>();
  private Node currentGraph;
  private final Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
  private boolean firstTopLevel = true;

  public JsonLdStreamWriter(Writer out) {
    this.out = out;
    this.context = context();
    context.get("@context").getAsObject().forEach((key, value) -> {
      String iri = value.getAsString().value();
      if (iri.endsWith("/") || iri.endsWith("#")) {
        prefixes.put(key, iri);
      }
    });
    context.get("@context").getAsObject().forEach((key, value) -> {
      String iri = expand(value.getAsString().value());
      if (!prefixes.containsKey(key)) {
        terms.put(iri, key);
      }
    });
  }

  /** newskg's JSON-LD context, as {@code ontology/context.jsonld} holds it. */
  public static JsonObject context() {
    try (InputStream in = JsonLdStreamWriter.class.getResourceAsStream(
        "/ontology/context.jsonld")) {
      if (in == null) {
        throw new IllegalStateException("ontology/context.jsonld missing from the classpath");
      }
      return JSON.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String expand(String curie) {
    int colon = curie.indexOf(':');
    if (colon > 0 && prefixes.containsKey(curie.substring(0, colon))) {
      return prefixes.get(curie.substring(0, colon)) + curie.substring(colon + 1);
    }
    return curie;
  }

  @Override
  public void start() {
    write("{\"@context\": " + JSON.toStringFlat(context.get("@context")) + ",\n\"@graph\": [");
  }

  @Override
  public void triple(Triple triple) {
    quad(Quad.create(Quad.defaultGraphIRI, triple));
  }

  @Override
  public void quad(Quad quad) {
    Node graph = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
    if (!graph.equals(currentGraph)) {
      flush();
      currentGraph = graph;
    }
    bySubject.computeIfAbsent(quad.getSubject(), s -> new ArrayList<>()).add(quad.asTriple());
  }

  @Override
  public void base(String base) {}

  @Override
  public void prefix(String prefix, String iri) {}

  @Override
  public void finish() {
    flush();
    write("\n]}\n");
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the graph held so far. */
  private void flush() {
    if (currentGraph == null || bySubject.isEmpty()) {
      return;
    }
    boolean named = !currentGraph.equals(Quad.defaultGraphIRI);
    if (named) {
      topLevelSeparator();
      write("{\"@id\": " + quoted(id(currentGraph)) + ", \"@graph\": [");
    }
    boolean first = true;
    for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) {
      if (named) {
        write(first ? "\n  " : ",\n  ");
        first = false;
      } else {
        topLevelSeparator();
      }
      write(JSON.toStringFlat(node(e.getKey(), e.getValue())));
    }
    if (named) {
      write("\n]}");
    }
    bySubject.clear();
  }

  private void topLevelSeparator() {
    write(firstTopLevel ? "\n" : ",\n");
    firstTopLevel = false;
  }

  private JsonObject node(Node subject, List<Triple> triples) {
    JsonObject o = new JsonObject();
    o.put("@id", id(subject));
    Map<String, List<JsonValue>> values = new LinkedHashMap<>();
    for (Triple t : triples) {
      if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
        values.computeIfAbsent("@type", k -> new ArrayList<>())
            .add(new JsonString(vocab(t.getObject().getURI())));
      } else {
        values.computeIfAbsent(vocab(t.getPredicate().getURI()), k -> new ArrayList<>())
            .add(value(t.getObject()));
      }
    }
    values.forEach((key, list) -> {
      if (list.size() == 1) {
        o.put(key, list.get(0));
      } else {
        org.apache.jena.atlas.json.JsonArray array = new org.apache.jena.atlas.json.JsonArray();
        array.addAll(list);
        o.put(key, array);
      }
    });
    return o;
  }

  private JsonValue value(Node n) {
    if (n.isURI() || n.isBlank()) {
      JsonObject ref = new JsonObject();
      ref.put("@id", id(n));
      return ref;
    }
    String lex = n.getLiteralLexicalForm();
    String lang = n.getLiteralLanguage();
    if (lang != null && !lang.isEmpty()) {
      JsonObject v = new JsonObject();
      v.put("@value", lex);
      v.put("@language", lang);
      return v;
    }
    if (n.getLiteralDatatypeURI() == null
        || n.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
      return new JsonString(lex);
    }
    JsonObject v = new JsonObject();
    v.put("@value", lex);
    v.put("@type", compact(n.getLiteralDatatypeURI()));
    return v;
  }

  /** A property or class: its term, else a compact IRI. */
  private String vocab(String iri) {
    String term = terms.get(iri);
    return term != null ? term : compact(iri);
  }

  private String id(Node n) {
    return n.isBlank() ? "_:" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9_-]", "_")
        : compact(n.getURI());
  }

  /** {@code prefix:local} for the longest namespace that holds the IRI, else the IRI. */
  private String compact(String iri) {
    String best = null;
    String bestNs = "";
    for (Map.Entry<String, String> p : prefixes.entrySet()) {
      String ns = p.getValue();
      if (iri.startsWith(ns) && iri.length() > ns.length() && ns.length() > bestNs.length()) {
        best = p.getKey();
        bestNs = ns;
      }
    }
    if (best == null) {
      return iri;
    }
    String local = iri.substring(bestNs.length());
    // "prefix://…" would read as an absolute IRI; a local part that is a term is fine
    return local.startsWith("//") ? iri : best + ":" + local;
  }

  private static String quoted(String s) {
    return JSON.toStringFlat(new JsonString(s));
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For callers that hand bytes: UTF-8 over {@code os}. */
  public static Writer utf8(java.io.OutputStream os) {
    return new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
  }
}
