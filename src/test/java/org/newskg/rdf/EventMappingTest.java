package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.event.Event;
import org.newskg.extract.Span;
import org.newskg.resolve.Actor;

/** The mapper writes events exactly as the events spec says, and the graph passes SHACL. */
class EventMappingTest {
  private static final String ID = NKG.DEFAULT_BASE;
  private static final String TEXT = "Norway and Sweden held talks in Tromsø on Tuesday.\n"
      + "“The talks were useful,” said Lena Dahl, Norway’s trade minister.\n"
      + "Norway may impose tariffs on Swedish salmon sold in Denmark. "
      + "Lena Dahl also visited Harbour Street. Someone complained.";

  private static Model m;
  private static ArticleGraph graph;
  private static ArticleFixture fixture;

  @BeforeAll
  static void map() {
    fixture = new ArticleFixture("fjord-1", "2025-05-08", TEXT);
    Actor norway = fixture.country(ArticleFixture.NORWAY);
    Actor sweden = fixture.country(ArticleFixture.SWEDEN);
    Actor dahl = fixture.person("Lena Dahl");
    var quote = fixture.quote("The talks were useful,", dahl,
        java.time.LocalDate.parse("2025-05-08"), norway, sweden);
    fixture.event("04", "talks").mentionedAgain("talks", 1).actors(norway).targets(sweden)
        .on("2025-05-06").in(fixture.place("Tromsø", ArticleFixture.NORWAY)).about(quote).add();
    fixture.event("17", "impose tariffs").actors(norway).targets(sweden).code("172")
        .actorCode(norway, "NORGOV").actorCode(sweden, "SWE")
        .in(fixture.place("Denmark", ArticleFixture.DENMARK)).modality(Event.POSSIBLE).add();
    fixture.event("04", "visited").actors(dahl).in(fixture.place("Harbour Street", null)).add();
    // no participant: not emitted
    fixture.event("11", "complained").add();
    graph = fixture.graph();
    m = ModelFactory.createModelForGraph(graph.graph());
  }

  private static Resource r(String path) {
    return m.createResource(ID + path);
  }

  private static Set<RDFNode> values(Resource s, Property p) {
    return m.listObjectsOfProperty(s, p).toSet();
  }

  private static Resource mention(Span span) {
    return r("mention/fjord-1-" + span.begin() + "-" + span.end());
  }

  @Test
  void eachCodedParticipantHasItsOwnParticipation() {
    Resource e = r("event/fjord-1-1");
    assertEquals(Set.of(m.createLiteral("172")), values(e, NKG.cameoCode));
    Set<RDFNode> parts = values(e, NKG.participation);
    assertEquals(2, parts.size());
    java.util.Map<RDFNode, RDFNode> codes = new java.util.HashMap<>();
    for (RDFNode p : parts) {
      assertTrue(m.contains(p.asResource(), RDF.type, NKG.Participation));
      codes.put(p.asResource().getPropertyResourceValue(NKG.participationOf),
          p.asResource().getProperty(NKG.actorCode).getObject());
    }
    assertEquals(java.util.Map.of(r("country/NO"), m.createLiteral("NORGOV"), r("country/SE"),
        m.createLiteral("SWE")), codes);
    assertFalse(m.contains(r("event/fjord-1-0"), NKG.participation));
  }

  @Test
  void theGraphConformsToTheShapes() {
    ValidationReport report = ShapesValidator.load().validate(graph.graph());
    assertTrue(report.conforms(), report.getEntries().stream().map(Object::toString)
        .collect(Collectors.joining("\n")));
  }

  @Test
  void anEventHasItsTypeTriggerSpansSentenceRolesDateAndArticle() {
    Resource e = r("event/fjord-1-0");
    assertTrue(m.contains(e, RDF.type, NKG.Event));
    assertEquals(Set.of(NKG.eventType("04")), values(e, NKG.eventType));
    // coded at its root only: GDELT's EventCode for "consult, not specified"
    assertEquals(Set.of(m.createLiteral("040")), values(e, NKG.cameoCode));
    assertEquals(Set.of(m.createLiteral("talks")), values(e, NKG.trigger));
    assertEquals(Set.of(mention(fixture.span("talks", 0)), mention(fixture.span("talks", 1))),
        values(e, NKG.span));
    Resource second = mention(fixture.span("talks", 1));
    assertTrue(m.contains(second, RDF.type, NKG.Mention));
    assertTrue(m.contains(second, NKG.anchor, "talks"));
    // only the first mention's sentence
    assertEquals(Set.of(m.createLiteral("Norway and Sweden held talks in Tromsø on Tuesday.")),
        values(e, NKG.sentence));
    assertEquals(Set.of(r("country/NO")), values(e, NKG.actor));
    assertEquals(Set.of(r("country/SE")), values(e, NKG.target));
    assertEquals(Set.of(r("country/NO"), r("country/SE")), values(e, NKG.participant));
    assertEquals(Set.of(m.createTypedLiteral("2025-05-06", XSDDatatype.XSDdate)),
        values(e, NKG.date));
    assertEquals(Set.of(r("article/fjord-1")), values(e, NKG.inArticle));
    assertFalse(m.contains(e, NKG.modality));
  }

  @Test
  void theTypeIsDescribedInTheGraphFromTheScheme() {
    Resource type = NKG.eventType("04").inModel(m);
    assertTrue(m.contains(type, RDF.type, NKG.skosConcept));
    assertEquals(Set.of(m.createLiteral("consult", "en")), values(type, NKG.skosPrefLabel));
    assertEquals(Set.of(m.createLiteral("04")), values(type, NKG.cameo));
    assertEquals(Set.of(m.createResource(NKG.NS + "VerbalCooperation")),
        values(type, NKG.quadClass));
    assertEquals(Set.of(m.createResource(NKG.NS + "MaterialConflict")),
        values(NKG.eventType("17").inModel(m), NKG.quadClass));
    assertFalse(m.contains(NKG.eventType("11").inModel(m), null, (RDFNode) null),
        "a type no emitted event uses is not described");
  }

  @Test
  void theStatementIsAboutTheEvent() {
    Resource st = r("statement/fjord-1-0");
    assertTrue(m.contains(st, NKG.about, r("event/fjord-1-0")));
    assertTrue(m.contains(st, NKG.about, r("country/NO")), "its actors stay");
    assertEquals(1, m.listSubjectsWithProperty(NKG.about, r("event/fjord-1-0")).toList().size());
  }

  @Test
  void aCityIsAPlaceInItsCountry() {
    Resource tromso = r("place/no-tromso");
    assertEquals(Set.of(tromso), values(r("event/fjord-1-0"), NKG.place));
    assertTrue(m.contains(tromso, RDF.type, NKG.Place));
    assertEquals(Set.of(m.createLiteral("Tromsø")), values(tromso, RDFS.label));
    assertEquals(Set.of(r("country/NO")), values(tromso, NKG.country));
  }

  @Test
  void aCountryAsAWholeIsTheCountryNodeDescribedEvenWhenNoActor() {
    Resource e = r("event/fjord-1-1");
    Resource denmark = r("country/DK");
    assertEquals(Set.of(denmark), values(e, NKG.place));
    assertTrue(m.contains(denmark, RDF.type, NKG.Country));
    assertEquals(Set.of(m.createLiteral("Denmark")), values(denmark, RDFS.label));
    assertTrue(m.contains(denmark, NKG.iso2, "DK"));
    assertEquals(Set.of(m.createLiteral(Event.POSSIBLE)), values(e, NKG.modality));
    assertFalse(m.contains(e, NKG.date), "undated");
  }

  @Test
  void aPlaceWithoutCountryIsUnderXx() {
    Resource street = r("place/xx-harbour-street");
    assertEquals(Set.of(street), values(r("event/fjord-1-2"), NKG.place));
    assertEquals(Set.of(m.createLiteral("Harbour Street")), values(street, RDFS.label));
    assertFalse(m.contains(street, NKG.country));
    assertEquals(Set.of(r("person/lena-dahl")), values(r("event/fjord-1-2"), NKG.participant));
  }

  @Test
  void anEventWithoutParticipantsIsNotEmitted() {
    assertFalse(m.contains(r("event/fjord-1-3"), null, (RDFNode) null));
    assertEquals(3, m.listSubjectsWithProperty(RDF.type, NKG.Event).toList().size());
  }

  @Test
  void theEventTypesTableRejectsASchemeThatDisagreesWithCameo() {
    Model scheme = ModelFactory.createDefaultModel();
    try (var in = EventTypes.class.getResourceAsStream("/ontology/event-types.ttl")) {
      org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.TURTLE)
          .parse(scheme.getGraph());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    EventTypes.fromScheme(scheme); // as shipped: fine
    Resource assault = NKG.eventType("18").inModel(scheme);
    scheme.removeAll(assault, NKG.quadClass, null);
    scheme.add(assault, NKG.quadClass, scheme.createResource(NKG.NS + "VerbalConflict"));
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class, () -> EventTypes.fromScheme(scheme));
    assertTrue(e.getMessage().contains("MaterialConflict"), e.getMessage());
  }
}
