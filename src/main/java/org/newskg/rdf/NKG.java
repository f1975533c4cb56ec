package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the newskg ontology ({@code ontology/news.ttl}). Every IRI of the vocabulary is
 * spelled here once; the mapper, the store and the tests use these constants.
 */
public final class NKG {
  private NKG() {}

  public static final String NS = "https://w3id.org/newskg/ns#";
  public static final String SCHEMA = "https://schema.org/";
  public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
  public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  /** The event types: the 20 CAMEO root categories as a SKOS scheme (ontology/event-types.ttl). */
  public static final String EVENT_TYPES = "https://w3id.org/newskg/event-type/";
  /** Default base for instance IRIs ({@code --base} changes it). */
  public static final String DEFAULT_BASE = "https://w3id.org/newskg/id/";

  // classes
  public static final Resource Article = cls("Article");
  public static final Resource Person = cls("Person");
  public static final Resource Organization = cls("Organization");
  public static final Resource Country = cls("Country");
  public static final Resource Statement = cls("Statement");
  public static final Resource Event = cls("Event");
  public static final Resource Mention = cls("Mention");
  public static final Resource Place = cls("Place");
  public static final Resource QuadClass = cls("QuadClass");
  public static final Resource Role = cls("Role");

  // statement
  public static final Property text = prop("text");
  public static final Property speaker = prop("speaker");
  public static final Property about = prop("about");
  public static final Property inArticle = prop("inArticle");
  public static final Property quoteKind = prop("quoteKind");
  public static final Property confidence = prop("confidence");
  public static final Property cue = prop("cue");
  /** Which attribution rule decided the speaker ("reporting-clause", "continuation"…). */
  public static final Property attributionRule = prop("attributionRule");
  public static final Property date = prop("date");
  public static final Property span = prop("span");
  public static final Property speakerMention = prop("speakerMention");
  /** An unnamed speaker in the article's words ("senior official"), when no actor is named. */
  public static final Property speakerDescription = prop("speakerDescription");

  // actors
  public static final Property mentionedIn = prop("mentionedIn");
  public static final Property iso2 = prop("iso2");
  public static final Property country = prop("country");
  public static final Property iso3 = prop("iso3");

  // article
  public static final Property headline = prop("headline");
  public static final Property published = prop("published");
  public static final Property publisher = prop("publisher");
  public static final Property url = prop("url");
  public static final Property body = prop("body");
  /** SHA-256 of the normalized body: lets a re-ingest skip unchanged articles before NLP. */
  public static final Property contentHash = prop("contentHash");
  /** Number of tokens CoreNLP found in the body (for statistics and throughput). */
  public static final Property tokenCount = prop("tokenCount");

  // event
  /** The event's type, a concept of the CAMEO scheme ({@link #eventTypeIri}). */
  public static final Property eventType = prop("eventType");
  public static final Property participant = prop("participant");
  /** Who does it (a sub-property of participant). */
  public static final Property actor = prop("actor");
  /** To or with whom it is done (a sub-property of participant). */
  public static final Property target = prop("target");
  public static final Property place = prop("place");
  public static final Property trigger = prop("trigger");
  public static final Property sentence = prop("sentence");
  public static final Property modality = prop("modality");
  public static final Property cameo = prop("cameo");
  public static final Property quadClass = prop("quadClass");
  public static final Property quadCode = prop("quadCode");

  // role
  public static final Property role = prop("role");
  public static final Property roleOf = prop("roleOf");

  // mention
  public static final Property begin = prop("begin");
  public static final Property end = prop("end");
  public static final Property anchor = prop("anchor");

  // external terms the mapper writes
  public static final Property skosAltLabel = ResourceFactory.createProperty(SKOS + "altLabel");
  public static final Property skosPrefLabel = ResourceFactory.createProperty(SKOS + "prefLabel");
  public static final Resource skosConcept = ResourceFactory.createResource(SKOS + "Concept");
  public static final Resource nifString = ResourceFactory.createResource(NIF + "String");
  public static final Property nifBeginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
  public static final Property nifEndIndex = ResourceFactory.createProperty(NIF + "endIndex");
  public static final Property nifAnchorOf = ResourceFactory.createProperty(NIF + "anchorOf");


  /** The concept of a CAMEO root code: {@code event-type/18}. */
  public static Resource eventTypeIri(String cameo) {
    return ResourceFactory.createResource(EVENT_TYPES + cameo);
  }

  /** The individual of a QuadClass: {@code nkg:MaterialConflict}. */
  public static Resource quadClassIri(org.newskg.event.QuadClass q) {
    return ResourceFactory.createResource(NS + q.localName());
  }

  private static Resource cls(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property prop(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
