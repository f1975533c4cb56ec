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
  /** Namespace of the event types, the SKOS scheme of CAMEO root categories (event-types.ttl). */
  public static final String EVT = "https://w3id.org/newskg/event-type/";
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
  /** Where an event happened (a city or region); a country is an nkg:Country, also a place. */
  public static final Resource Place = cls("Place");
  /** The four CAMEO QuadClasses (individuals in event-types.ttl). */
  public static final Resource QuadClass = cls("QuadClass");
  /** A title or office an article gives a person ("prime minister" of Belgium). */
  public static final Resource Role = cls("Role");
  public static final Resource Participation = cls("Participation");

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
  public static final Property partOf = prop("partOf");

  // actors
  public static final Property mentionedIn = prop("mentionedIn");

  // the link stage's decisions and the store's own bookkeeping
  /**
   * The graph of what the link stage decided across articles: owl:sameAs from an event or from
   * a person as one article names it to the entity it is, and the one label of an entity the
   * articles label in more than one way. Article graphs are views derived from what each
   * article read and this graph.
   */
  public static final String LINKS_GRAPH = "urn:x-newskg:links";
  /** The subject of the store's own facts (its layout), in the store's hidden default graph. */
  public static final String STORE = "urn:x-newskg:store";
  /** The layout of a store's graphs (an integer), on {@link #STORE}. */
  public static final Property storeLayout = prop("storeLayout");
  /** An article's graph as read, before linking (gzipped N-Triples, base64), on the article. */
  public static final Property readAs = prop("readAs");

  // counts kept per entity in the statistics graph, for the page's overview queries
  /** The graph of the counts below, brought up to date with each write. */
  public static final String STATISTICS_GRAPH = DEFAULT_BASE + "statistics";
  /** In how many articles an entity is mentioned (its nkg:mentionedIn values). */
  public static final Property articleCount = prop("articleCount");
  /** How many statements have the entity as nkg:speaker. */
  public static final Property statementCount = prop("statementCount");
  /** How many nkg:Statement with an article have the entity as speaker. */
  public static final Property speakerStatementCount = prop("speakerStatementCount");
  /** In how many articles those statements are. */
  public static final Property speakerArticleCount = prop("speakerArticleCount");
  /** How many statements are nkg:about the entity. */
  public static final Property aboutCount = prop("aboutCount");
  /** The CAMEO actor codes the entity's event participations carry (statistics graph). */
  public static final Property actorCodeSeen = prop("actorCodeSeen");
  /** A pair of entities named in the same articles (statistics graph). */
  public static final Resource CoMention = cls("CoMention");
  /** The pair's entity whose IRI sorts first, and the other. */
  public static final Property pairFirst = prop("pairFirst");
  public static final Property pairSecond = prop("pairSecond");
  /** In how many articles both entities of a pair are mentioned. */
  public static final Property sharedArticleCount = prop("sharedArticleCount");
  /** The least count of shared articles of the pairs the statistics graph keeps. */
  public static final Property coMentionFloor = prop("coMentionFloor");
  public static final Property iso2 = prop("iso2");
  public static final Property country = prop("country");
  public static final Property iso3 = prop("iso3");
  public static final Property role = prop("role");
  public static final Property roleOf = prop("roleOf");

  // article
  public static final Property headline = prop("headline");
  /** Another headline the same text was published under. */
  public static final Property alternativeHeadline = prop("alternativeHeadline");
  public static final Property published = prop("published");
  public static final Property publisher = prop("publisher");
  public static final Property url = prop("url");
  public static final Property body = prop("body");
  /** SHA-256 of the normalized body: lets a re-ingest skip unchanged articles before NLP. */
  public static final Property contentHash = prop("contentHash");
  /** Number of tokens CoreNLP found in the body (for statistics and throughput). */
  public static final Property tokenCount = prop("tokenCount");

  // event
  public static final Property eventType = prop("eventType");
  public static final Property cameoCode = prop("cameoCode");
  public static final Property participation = prop("participation");
  public static final Property participationOf = prop("participationOf");
  public static final Property actorCode = prop("actorCode");
  public static final Property participant = prop("participant");
  public static final Property place = prop("place");
  /** Who does an event (sub-property of nkg:participant). */
  public static final Property actor = prop("actor");
  /** To or with whom an event is done (sub-property of nkg:participant). */
  public static final Property target = prop("target");
  public static final Property trigger = prop("trigger");
  /** The sentence that first reports an event in an article. */
  public static final Property sentence = prop("sentence");
  /** "planned" or "possible": how the article qualifies an event it does not report as fact. */
  public static final Property modality = prop("modality");

  // event types (SKOS concepts of the scheme evt:cameo) and QuadClasses
  public static final Property cameo = prop("cameo");
  public static final Property quadClass = prop("quadClass");
  public static final Property quadCode = prop("quadCode");
  /** The scheme of the 20 CAMEO root categories. */
  public static final Resource cameoScheme = ResourceFactory.createResource(EVT + "cameo");

  // mention
  public static final Property begin = prop("begin");
  public static final Property end = prop("end");
  public static final Property anchor = prop("anchor");

  // external terms the mapper writes
  public static final Property skosAltLabel = ResourceFactory.createProperty(SKOS + "altLabel");
  public static final Property skosPrefLabel = ResourceFactory.createProperty(SKOS + "prefLabel");
  /** The lower-cased search keys of a name ({@link NameKeys}); the store writes them. */
  public static final Property skosHiddenLabel =
      ResourceFactory.createProperty(SKOS + "hiddenLabel");
  public static final Property skosNotation = ResourceFactory.createProperty(SKOS + "notation");
  public static final Property skosInScheme = ResourceFactory.createProperty(SKOS + "inScheme");
  public static final Resource skosConcept = ResourceFactory.createResource(SKOS + "Concept");
  public static final Resource nifString = ResourceFactory.createResource(NIF + "String");
  public static final Property nifBeginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
  public static final Property nifEndIndex = ResourceFactory.createProperty(NIF + "endIndex");
  public static final Property nifAnchorOf = ResourceFactory.createProperty(NIF + "anchorOf");

  /** The event type of a CAMEO root code: {@code evt:18}. */
  public static Resource eventType(String cameo) {
    org.newskg.event.QuadClass.ofCameo(cameo);
    return ResourceFactory.createResource(EVT + cameo);
  }

  /** The individual of a QuadClass: {@code nkg:MaterialConflict}. */
  public static Resource quadClass(org.newskg.event.QuadClass q) {
    return ResourceFactory.createResource(NS + q.localName());
  }

  private static Resource cls(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property prop(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
