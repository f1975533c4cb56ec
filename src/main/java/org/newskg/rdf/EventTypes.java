package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.newskg.event.QuadClass;

/**
 * The event types of {@code ontology/event-types.ttl} (shipped in the jar): the one source of
 * their names. The mapper copies the description of each type it uses into the article graph.
 */
public final class EventTypes {
  /** What an article graph repeats about an event type. */
  public record Type(String cameo, Literal prefLabel, QuadClass quadClass) {}

  private final Map<String, Type> types;

  private EventTypes(Map<String, Type> types) {
    this.types = Map.copyOf(types);
  }

  public static EventTypes load() {
    Model scheme = ModelFactory.createDefaultModel();
    try (InputStream in = EventTypes.class.getResourceAsStream("/ontology/event-types.ttl")) {
      if (in == null) {
        throw new IllegalStateException("ontology/event-types.ttl missing from the classpath");
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(scheme.getGraph());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fromScheme(scheme);
  }

  /** Reads the concepts of evt:cameo, checking that each code's QuadClass is CAMEO's. */
  static EventTypes fromScheme(Model scheme) {
    Map<String, Type> types = new TreeMap<>();
    for (Resource concept : scheme.listSubjectsWithProperty(NKG.skosInScheme, NKG.cameoScheme)
        .toList()) {
      String cameo = one(scheme, concept, NKG.cameo).asLiteral().getString();
      if (!concept.equals(NKG.eventType(cameo))) {
        throw new IllegalStateException(concept + " has nkg:cameo " + cameo);
      }
      QuadClass quad = QuadClass.ofCameo(cameo);
      RDFNode declared = one(scheme, concept, NKG.quadClass);
      if (!declared.equals(NKG.quadClass(quad))) {
        throw new IllegalStateException(concept + ": QuadClass " + declared + ", CAMEO says "
            + quad.localName());
      }
      Literal label = one(scheme, concept, NKG.skosPrefLabel).asLiteral();
      types.put(cameo, new Type(cameo, label, quad));
    }
    if (types.size() != 20) {
      throw new IllegalStateException("event-types.ttl has " + types.size()
          + " CAMEO root categories, not 20: " + types.keySet());
    }
    return new EventTypes(types);
  }

  private static RDFNode one(Model m, Resource s, org.apache.jena.rdf.model.Property p) {
    List<RDFNode> values = m.listObjectsOfProperty(s, p).toList();
    if (values.size() != 1) {
      throw new IllegalStateException(s + " has " + values.size() + " values of " + p);
    }
    return values.get(0);
  }

  /** The 20 CAMEO root categories, by code. */
  public java.util.Collection<Type> all() {
    return new TreeMap<>(types).values();
  }

  /** The type of a CAMEO root code "01".."20". */
  public Type type(String cameo) {
    Type t = types.get(cameo);
    if (t == null) {
      throw new IllegalArgumentException("not a CAMEO root code: " + cameo);
    }
    return t;
  }

  /** Describes the type in {@code m} (so queries need not load the scheme) and returns it. */
  public Resource describe(Model m, String cameo) {
    Type t = type(cameo);
    Resource concept = m.createResource(NKG.eventType(cameo).getURI());
    concept.addProperty(RDF.type, NKG.skosConcept);
    concept.addProperty(NKG.skosPrefLabel, t.prefLabel());
    concept.addProperty(NKG.cameo, cameo);
    concept.addProperty(NKG.quadClass, m.createResource(NKG.quadClass(t.quadClass()).getURI()));
    return concept;
  }
}
