package org.newskg.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes of every namespace newskg writes: the vocabularies, and the instance namespaces
 * under the default base ({@code article:}, {@code person:}, …). Exports declare them all, so a
 * Turtle file says {@code person:tony-blair}, not the IRI in full; {@code ontology/context.jsonld}
 * declares the same prefixes for JSON-LD.
 */
public final class Namespaces {
  private Namespaces() {}

  /** Prefix to namespace, vocabularies first. */
  public static Map<String, String> all() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("nkg", NKG.NS);
    p.put("evt", NKG.EVT);
    p.put("rdf", RDF.uri);
    p.put("rdfs", RDFS.uri);
    p.put("xsd", XSD.NS);
    p.put("owl", OWL.NS);
    p.put("skos", NKG.SKOS);
    p.put("nif", NKG.NIF);
    p.put("dcterms", "http://purl.org/dc/terms/");
    p.put("schema", "https://schema.org/");
    for (String instances : new String[] {"article", "statement", "event", "mention", "person",
        "org", "country", "place", "role", "statistics"}) {
      p.put(instances, NKG.DEFAULT_BASE + instances + "/");
    }
    return p;
  }

  /** {@link #all} as a Jena prefix mapping. */
  public static PrefixMapping mapping() {
    return PrefixMapping.Factory.create().setNsPrefixes(all()).lock();
  }
}
