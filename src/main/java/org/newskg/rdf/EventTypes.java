package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The CAMEO event types of {@code ontology/event-types.ttl} (shipped in the jar): the one place
 * their labels and QuadClasses are written. Immutable once loaded.
 */
public final class EventTypes {
  private final Model scheme;

  private EventTypes(Model scheme) {
    this.scheme = scheme;
  }

  public static EventTypes load() {
    Model m = ModelFactory.createDefaultModel();
    try (InputStream in = EventTypes.class.getResourceAsStream("/ontology/event-types.ttl")) {
      if (in == null) {
        throw new IllegalStateException("ontology/event-types.ttl missing from the classpath");
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EventTypes(m);
  }

  /** The English label of a CAMEO root code ("assault" for "18"). */
  public String label(String cameo) {
    Statement s = scheme.getResource(NKG.eventTypeIri(cameo).getURI())
        .getProperty(NKG.skosPrefLabel);
    if (s == null) {
      throw new IllegalArgumentException("no event type " + cameo + " in event-types.ttl");
    }
    return s.getString();
  }

  /** Copies the concept of {@code cameo} (type, label, code, QuadClass) into {@code into}. */
  public Resource describe(Model into, String cameo) {
    Resource concept = scheme.getResource(NKG.eventTypeIri(cameo).getURI());
    if (!scheme.contains(concept, NKG.cameo)) {
      throw new IllegalArgumentException("no event type " + cameo + " in event-types.ttl");
    }
    Resource copy = into.createResource(concept.getURI(), NKG.skosConcept);
    copy.addProperty(NKG.skosPrefLabel, concept.getProperty(NKG.skosPrefLabel).getObject());
    copy.addProperty(NKG.cameo, cameo);
    copy.addProperty(NKG.quadClass, concept.getPropertyResourceValue(NKG.quadClass));
    return copy;
  }
}
