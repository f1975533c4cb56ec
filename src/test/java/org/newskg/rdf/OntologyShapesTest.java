package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ontology and the SHACL shapes: they parse, cover NKG.java, and accept/reject graphs. */
class OntologyShapesTest {
  private static final String ID = NKG.DEFAULT_BASE;
  private static final String SCHEMA = NKG.SCHEMA;
  private static final String SEM = NKG.SEM;

  private static Graph ontology;
  private static Graph eventTypes;
  private static Shapes shapes;

  @BeforeAll
  static void load() {
    ontology = loadTurtle("news.ttl");
    eventTypes = loadTurtle("event-types.ttl");
    shapes = Shapes.parse(loadTurtle("shapes.ttl"));
  }

  /** From the classpath (the pom copies ontology/ there), else from the project directory. */
  private static Graph loadTurtle(String name) {
    Graph g = GraphFactory.createDefaultGraph();
    try (InputStream in = OntologyShapesTest.class.getResourceAsStream("/ontology/" + name)) {
      if (in != null) {
        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        return g;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path file = Path.of("ontology", name);
    assertTrue(Files.isRegularFile(file), "neither classpath /ontology/" + name + " nor " + file);
    RDFParser.source(file).lang(Lang.TURTLE).parse(g);
    return g;
  }

  // ---------------------------------------------------------------------------------------------
  // (a) parsing

  @Test
  void bothFilesParse() {
    assertTrue(ontology.size() > 100, "news.ttl looks empty: " + ontology.size() + " triples");
    Model m = ModelFactory.createModelForGraph(ontology);
    assertTrue(m.contains(m.createResource("https://w3id.org/newskg/ns"), RDF.type, OWL.Ontology));
    assertFalse(shapes.getTargetShapes().isEmpty(), "shapes.ttl has no targeted shapes");
  }

  @Test
  void everyClassHasATargetedShape() {
    Graph shapesGraph = shapes.getGraph();
    Node targetClass = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
    for (Resource cls : List.of(NKG.Article, NKG.Person, NKG.Organization, NKG.Country,
        NKG.Statement, NKG.Event, NKG.Mention, NKG.Place)) {
      assertTrue(shapesGraph.contains(Node.ANY, targetClass, cls.asNode()),
          "no shape with sh:targetClass " + cls);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // (b) NKG.java and news.ttl agree

  private static Map<String, Resource> nkgTerms() {
    Map<String, Resource> terms = new TreeMap<>();
    for (Field f : NKG.class.getFields()) {
      int mod = f.getModifiers();
      if (!Modifier.isStatic(mod) || !Resource.class.isAssignableFrom(f.getType())) {
        continue;
      }
      try {
        Resource r = (Resource) f.get(null);
        if (r.isURIResource() && r.getURI().startsWith(NKG.NS)) {
          terms.put(f.getName(), r);
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    return terms;
  }

  @Test
  void everyNkgTermIsDeclaredWithTypeLabelAndComment() {
    Model m = ModelFactory.createModelForGraph(ontology);
    Map<String, Resource> terms = nkgTerms();
    assertTrue(terms.size() >= 30, "reflection found only " + terms.keySet());
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Resource> e : terms.entrySet()) {
      Resource term = e.getValue();
      boolean isProperty = term instanceof Property;
      Set<Resource> expectedTypes = isProperty
          ? Set.of(OWL.ObjectProperty, OWL.DatatypeProperty)
          : Set.of(OWL.Class);
      boolean typed = m.listObjectsOfProperty(term, RDF.type).toList().stream()
          .anyMatch(expectedTypes::contains);
      if (!typed) {
        problems.add(e.getKey() + " <" + term + "> not declared as " + expectedTypes);
      }
      if (!m.contains(term, RDFS.label)) {
        problems.add(e.getKey() + " <" + term + "> has no rdfs:label");
      }
      if (!m.contains(term, RDFS.comment)) {
        problems.add(e.getKey() + " <" + term + "> has no rdfs:comment");
      }
      if (isProperty && !m.contains(term, RDFS.domain)) {
        problems.add(e.getKey() + " <" + term + "> has no rdfs:domain");
      }
      if (isProperty && !m.contains(term, RDFS.range)) {
        problems.add(e.getKey() + " <" + term + "> has no rdfs:range");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void ontologyDeclaresNoNkgTermUnknownToJava() {
    Set<String> java = nkgTerms().values().stream().map(Resource::getURI)
        .collect(Collectors.toSet());
    Model m = ModelFactory.createModelForGraph(ontology);
    Set<String> extra = new TreeSet<>();
    m.listSubjectsWithProperty(RDF.type).forEachRemaining(s -> {
      if (s.isURIResource() && s.getURI().startsWith(NKG.NS) && !java.contains(s.getURI())) {
        extra.add(s.getURI());
      }
    });
    assertTrue(extra.isEmpty(), "declared in news.ttl but not in NKG.java (typo?): " + extra);
  }

  @Test
  void classesAreAlignedWithSchemaSemAndNif() {
    Model m = ModelFactory.createModelForGraph(ontology);
    Map<Resource, List<String>> expected = Map.of(
        NKG.Article, List.of(SCHEMA + "NewsArticle"),
        NKG.Person, List.of(SCHEMA + "Person", SEM + "Actor"),
        NKG.Organization, List.of(SCHEMA + "Organization", SEM + "Actor"),
        NKG.Country, List.of(SCHEMA + "Country", SEM + "Actor", NKG.NS + "Place"),
        NKG.Place, List.of(SCHEMA + "Place", SEM + "Place"),
        NKG.Statement, List.of(SCHEMA + "Quotation"),
        NKG.Event, List.of(SCHEMA + "Event", SEM + "Event"),
        NKG.Mention, List.of(NKG.NIF + "String"));
    expected.forEach((cls, supers) -> supers.forEach(sup -> assertTrue(
        m.contains(cls, RDFS.subClassOf, m.createResource(sup)),
        cls + " rdfs:subClassOf " + sup + " missing")));
  }

  // ---------------------------------------------------------------------------------------------
  // (c) a conforming graph

  private static final String BODY =
      "Alice Smith said on Monday: \"We will not back down.\" The United States disagreed.";

  /**
   * One article with one statement by a person about a country, written the way the mapper
   * writes it: the article, its mentions, the statement, the person and the country.
   */
  static Model validArticle() {
    return articleGraph("a1", "alice-smith", "Alice Smith");
  }

  private static Model articleGraph(String articleId, String personKey, String personLabel) {
    Model m = ModelFactory.createDefaultModel();
    Resource article = m.createResource(ID + "article/" + articleId, NKG.Article)
        .addProperty(NKG.body, BODY)
        .addProperty(NKG.contentHash, "0123456789abcdef".repeat(4))
        .addProperty(NKG.headline, "Smith stands firm")
        .addProperty(NKG.publisher, "Test Wire")
        .addProperty(NKG.url, m.createTypedLiteral("https://example.org/a1", XSDDatatype.XSDanyURI))
        .addProperty(NKG.published, m.createTypedLiteral("2025-03-07", XSDDatatype.XSDdate))
        .addProperty(NKG.tokenCount, m.createTypedLiteral("17", XSDDatatype.XSDinteger));

    Resource quote = mention(m, articleId, article, 29, 50);
    Resource speakerWords = mention(m, articleId, article, 0, 11);

    Resource person = m.createResource(ID + "person/" + personKey, NKG.Person)
        .addProperty(RDFS.label, personLabel)
        .addProperty(NKG.skosAltLabel, "Smith")
        .addProperty(NKG.mentionedIn, article);
    Resource country = m.createResource(ID + "country/US", NKG.Country)
        .addProperty(RDFS.label, "United States")
        .addProperty(NKG.skosAltLabel, "US")
        .addProperty(NKG.mentionedIn, article)
        .addProperty(NKG.iso2, "US")
        .addProperty(NKG.iso3, "USA");

    m.createResource(ID + "statement/" + articleId + "-0", NKG.Statement)
        .addProperty(NKG.text, "We will not back down.")
        .addProperty(NKG.inArticle, article)
        .addProperty(NKG.quoteKind, org.newskg.attribute.Statement.KIND_DIRECT)
        .addProperty(NKG.span, quote)
        .addProperty(NKG.date, m.createTypedLiteral("2025-03-03", XSDDatatype.XSDdate))
        .addProperty(NKG.speaker, person)
        .addProperty(NKG.confidence, m.createTypedLiteral(new java.math.BigDecimal("0.90")))
        .addProperty(NKG.speakerMention, speakerWords)
        .addProperty(NKG.cue, "say")
        .addProperty(NKG.about, country);
    return m;
  }

  private static Resource mention(Model m, String articleId, Resource article, int begin,
                                  int end) {
    String text = BODY.substring(begin, end);
    return m.createResource(ID + "mention/" + articleId + "-" + begin + "-" + end, NKG.Mention)
        .addProperty(RDF.type, NKG.nifString)
        .addProperty(NKG.begin, m.createTypedLiteral(String.valueOf(begin),
            XSDDatatype.XSDinteger))
        .addProperty(NKG.end, m.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDinteger))
        .addProperty(NKG.anchor, text)
        .addProperty(NKG.inArticle, article)
        .addProperty(NKG.nifBeginIndex, m.createTypedLiteral(String.valueOf(begin),
            XSDDatatype.XSDnonNegativeInteger))
        .addProperty(NKG.nifEndIndex, m.createTypedLiteral(String.valueOf(end),
            XSDDatatype.XSDnonNegativeInteger))
        .addProperty(NKG.nifAnchorOf, text);
  }

  private static ValidationReport validate(Graph g) {
    return ShaclValidator.get().validate(shapes, g);
  }

  private static String describe(ValidationReport report) {
    return report.getEntries().stream().map(ReportEntry::toString)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void validArticleConforms() {
    ValidationReport report = validate(validArticle().getGraph());
    assertTrue(report.conforms(), describe(report));
  }

  /**
   * {@link #validArticle()} with one event as the mapper writes it: type evt:11 described in the
   * graph, actor and target (each also a participant), a place in the United States, the
   * statement about it.
   */
  static Model validArticleWithEvent(String articleId) {
    Model m = articleGraph(articleId, "alice-smith", "Alice Smith");
    Resource article = m.getResource(ID + "article/" + articleId);
    Resource type = m.createResource(NKG.EVT + "11", NKG.skosConcept)
        .addProperty(NKG.skosPrefLabel, m.createLiteral("disapprove", "en"))
        .addProperty(NKG.cameo, "11")
        .addProperty(NKG.quadClass, m.createResource(NKG.NS + "VerbalConflict"));
    Resource place = m.createResource(ID + "place/us-washington", NKG.Place)
        .addProperty(RDFS.label, "Washington")
        .addProperty(NKG.country, m.getResource(ID + "country/US"));
    Resource person = m.getResource(ID + "person/alice-smith");
    Resource country = m.getResource(ID + "country/US");
    m.createResource(ID + "event/a1-0", NKG.Event)
        .addProperty(NKG.inArticle, article)
        .addProperty(NKG.eventType, type)
        .addProperty(NKG.cameoCode, "110")
        .addProperty(NKG.trigger, "disagreed")
        .addProperty(NKG.sentence, "The United States disagreed.")
        .addProperty(NKG.actor, country)
        .addProperty(NKG.target, person)
        .addProperty(NKG.participant, person)
        .addProperty(NKG.participant, country)
        .addProperty(NKG.place, place)
        .addProperty(NKG.date, m.createTypedLiteral("2025-03-03", XSDDatatype.XSDdate))
        .addProperty(NKG.span, mention(m, articleId, article, 71, 80));
    m.getResource(ID + "statement/" + articleId + "-0")
        .addProperty(NKG.about, m.getResource(ID + "event/a1-0"));
    return m;
  }

  @Test
  void validEventConforms() {
    ValidationReport report = validate(validArticleWithEvent("a1").getGraph());
    assertTrue(report.conforms(), describe(report));
  }

  @Test
  void anEventAtACountryWithModalityConforms() {
    Model m = validArticleWithEvent("a1");
    Resource event = m.getResource(ID + "event/a1-0");
    set(m, event, NKG.place, m.getResource(ID + "country/US"));
    event.addProperty(NKG.modality, "planned");
    ValidationReport report = validate(m.getGraph());
    assertTrue(report.conforms(), describe(report));
  }

  /** An event two articles report is one node in the union: two inArticle, triggers, spans. */
  @Test
  void anEventMergedAcrossTwoArticleGraphsConformsInTheUnion() {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    for (String id : List.of("a1", "a2")) {
      Model m = validArticleWithEvent(id);
      Resource event = m.getResource(ID + "event/a1-0");
      set(m, event, NKG.trigger, m.createLiteral("disagreed (" + id + ")"));
      Node graphName = NodeFactory.createURI(ID + "article/" + id);
      m.getGraph().find().forEachRemaining(t -> ds.add(graphName, t.getSubject(),
          t.getPredicate(), t.getObject()));
    }
    Graph union = ds.getUnionGraph();
    Node event = NodeFactory.createURI(ID + "event/a1-0");
    assertEquals(2, union.find(event, NKG.inArticle.asNode(), Node.ANY).toList().size());
    assertEquals(2, union.find(event, NKG.trigger.asNode(), Node.ANY).toList().size());
    ValidationReport report = validate(union);
    assertTrue(report.conforms(), describe(report));
  }

  @Test
  void theEventTypeSchemeHasTheTwentyCameoRootsWithTheirQuadClasses() {
    Model m = ModelFactory.createModelForGraph(eventTypes);
    List<Resource> concepts = m.listSubjectsWithProperty(NKG.skosInScheme, NKG.cameoScheme)
        .toList();
    assertEquals(20, concepts.size());
    for (int code = 1; code <= 20; code++) {
      String cameo = String.format("%02d", code);
      Resource c = NKG.eventType(cameo).inModel(m);
      assertTrue(m.contains(c, RDF.type, NKG.skosConcept), cameo);
      assertTrue(m.contains(c, NKG.skosNotation, cameo), cameo);
      assertTrue(m.contains(c, NKG.cameo, cameo), cameo);
      assertTrue(m.contains(c, m.createProperty(NKG.SKOS + "topConceptOf"), NKG.cameoScheme));
      assertTrue(m.contains(c, m.createProperty(NKG.SKOS + "definition")), cameo);
      assertEquals(List.of(NKG.quadClass(org.newskg.event.QuadClass.ofCameo(cameo))),
          m.listObjectsOfProperty(c, NKG.quadClass).toList(), cameo);
      assertEquals(1, m.listObjectsOfProperty(c, NKG.skosPrefLabel).toList().size(), cameo);
    }
    // the names of the event guidelines
    Map<String, String> names = Map.of("01", "make public statement", "04", "consult",
        "08", "yield", "11", "disapprove", "17", "coerce", "18", "assault",
        "20", "engage in unconventional mass violence");
    names.forEach((cameo, name) -> assertEquals(name, NKG.eventType(cameo).inModel(m)
        .getProperty(NKG.skosPrefLabel).getString()));
    for (org.newskg.event.QuadClass q : org.newskg.event.QuadClass.values()) {
      Resource r = NKG.quadClass(q).inModel(m);
      assertTrue(m.contains(r, RDF.type, NKG.QuadClass), q.toString());
      assertEquals(q.code(), r.getProperty(NKG.quadCode).getInt(), q.toString());
      assertTrue(m.contains(r, RDFS.label), q.toString());
    }
  }

  /** The scheme itself, loaded with the mapper's own table, passes the event-type shape. */
  @Test
  void everyConceptOfTheSchemeIsAValidEventType() {
    Model m = ModelFactory.createDefaultModel();
    EventTypes types = EventTypes.load();
    for (int code = 1; code <= 20; code++) {
      Resource type = types.describe(m, String.format("%02d", code));
      m.createResource(ID + "event/x-" + code).addProperty(NKG.eventType, type);
    }
    assertEquals(20, m.listSubjectsWithProperty(RDF.type, NKG.skosConcept).toList().size());
    ValidationReport report = validate(m.getGraph());
    assertTrue(report.conforms(), describe(report));
  }

  @Test
  void unattributedStatementConforms() {
    Model m = validArticle();
    Resource st = m.getResource(ID + "statement/a1-0");
    m.removeAll(st, NKG.speaker, null).removeAll(st, NKG.speakerMention, null)
        .removeAll(st, NKG.confidence, null).removeAll(st, NKG.cue, null)
        .removeAll(st, NKG.about, null);
    ValidationReport report = validate(m.getGraph());
    assertTrue(report.conforms(), describe(report));
  }

  /** As `newskg validate` sees it: the union of article graphs sharing a person and a country. */
  @Test
  void unionOfTwoArticleGraphsConforms() {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    for (String id : List.of("a1", "a2")) {
      Model m = articleGraph(id, "alice-smith", "Alice Smith");
      Node graphName = NodeFactory.createURI(ID + "article/" + id);
      m.getGraph().find().forEachRemaining(t -> ds.add(graphName, t.getSubject(),
          t.getPredicate(), t.getObject()));
    }
    ValidationReport report = validate(ds.getUnionGraph());
    assertTrue(report.conforms(), describe(report));
  }

  // ---------------------------------------------------------------------------------------------
  // (d) broken graphs are rejected, and the report names the failing property

  private static Resource statement(Model m) {
    return m.getResource(ID + "statement/a1-0");
  }

  private static Resource quoteMention(Model m) {
    return m.getResource(ID + "mention/a1-29-50");
  }

  private static void set(Model m, Resource s, Property p, RDFNode value) {
    m.removeAll(s, p, null);
    m.add(s, p, value);
  }

  static Stream<Arguments> brokenVariants() {
    return Stream.of(
        broken("mention begin >= end", NKG.begin, m -> {
          set(m, quoteMention(m), NKG.begin, m.createTypedLiteral("50", XSDDatatype.XSDinteger));
        }),
        broken("mention begin > end", NKG.begin, m -> {
          set(m, quoteMention(m), NKG.begin, m.createTypedLiteral("60", XSDDatatype.XSDinteger));
        }),
        broken("confidence 1.5", NKG.confidence, m -> set(m, statement(m), NKG.confidence,
            m.createTypedLiteral(new java.math.BigDecimal("1.5")))),
        broken("iso2 \"usa\"", NKG.iso2, m -> set(m, m.getResource(ID + "country/US"), NKG.iso2,
            m.createLiteral("usa"))),
        broken("statement without text", NKG.text,
            m -> m.removeAll(statement(m), NKG.text, null)),
        broken("statement with two texts", NKG.text,
            m -> statement(m).addProperty(NKG.text, "We will never back down.")),
        broken("mention without anchor", NKG.anchor,
            m -> m.removeAll(quoteMention(m), NKG.anchor, null)),
        broken("article without contentHash", NKG.contentHash,
            m -> m.removeAll(m.getResource(ID + "article/a1"), NKG.contentHash, null)),
        broken("contentHash not hex", NKG.contentHash,
            m -> set(m, m.getResource(ID + "article/a1"), NKG.contentHash,
                m.createLiteral("ABC123"))),
        broken("speaker is not an actor", NKG.speaker,
            m -> set(m, statement(m), NKG.speaker, quoteMention(m))),
        broken("unknown quote kind", NKG.quoteKind,
            m -> set(m, statement(m), NKG.quoteKind, m.createLiteral("quoted"))),
        broken("published as a plain string", NKG.published,
            m -> set(m, m.getResource(ID + "article/a1"), NKG.published,
                m.createLiteral("2025-03-07"))),
        broken("confidence as xsd:double", NKG.confidence,
            m -> set(m, statement(m), NKG.confidence, m.createTypedLiteral(0.9d))),
        broken("person without label", RDFS.label,
            m -> m.removeAll(m.getResource(ID + "person/alice-smith"), RDFS.label, null)),
        // a string cannot be compared with begin either, so nkg:begin's sh:lessThan fails too
        broken("mention offset as a string", NKG.end, Set.of(NKG.begin),
            m -> set(m, quoteMention(m), NKG.end, m.createLiteral("50"))),
        broken("statement without span", NKG.span,
            m -> m.removeAll(statement(m), NKG.span, null)));
  }

  private static Resource event(Model m) {
    return m.getResource(ID + "event/a1-0");
  }

  private static Resource eventType(Model m) {
    return m.getResource(NKG.EVT + "11");
  }

  static Stream<Arguments> brokenEventVariants() {
    return Stream.of(
        // a literal type is also a focus node of the type shape, without code, label or class
        broken("event type as a string", NKG.eventType,
            Set.of(NKG.cameo, NKG.skosPrefLabel, NKG.quadClass),
            m -> set(m, event(m), NKG.eventType, m.createLiteral("assault"))),
        broken("event without type", NKG.eventType,
            m -> m.removeAll(event(m), NKG.eventType, null)),
        broken("event with two types", NKG.eventType,
            m -> event(m).addProperty(NKG.eventType, NKG.eventType("18").inModel(m)
                .addProperty(RDF.type, NKG.skosConcept).addProperty(NKG.cameo, "18")
                .addProperty(NKG.skosPrefLabel, m.createLiteral("assault", "en"))
                .addProperty(NKG.quadClass, m.createResource(NKG.NS + "MaterialConflict")))),
        broken("event type not in the graph", NKG.eventType,
            Set.of(NKG.cameo, NKG.skosPrefLabel, NKG.quadClass),
            m -> m.removeAll(eventType(m), null, null)),
        // a bad type is reported on the type, and on the event through its sh:node
        broken("CAMEO code 21", NKG.cameo, Set.of(NKG.eventType),
            m -> set(m, eventType(m), NKG.cameo, m.createLiteral("21"))),
        broken("unknown QuadClass", NKG.quadClass, Set.of(NKG.eventType),
            m -> set(m, eventType(m), NKG.quadClass,
            m.createResource(NKG.NS + "Cooperation"))),
        broken("event without CAMEO code", NKG.cameoCode,
            m -> m.removeAll(event(m), NKG.cameoCode, null)),
        broken("CAMEO code 2101", NKG.cameoCode,
            m -> set(m, event(m), NKG.cameoCode, m.createLiteral("2101"))),
        broken("event without trigger", NKG.trigger,
            m -> m.removeAll(event(m), NKG.trigger, null)),
        broken("event without sentence", NKG.sentence,
            m -> m.removeAll(event(m), NKG.sentence, null)),
        broken("event without article", NKG.inArticle,
            m -> m.removeAll(event(m), NKG.inArticle, null)),
        broken("event without span", NKG.span,
            m -> m.removeAll(event(m), NKG.span, null)),
        broken("event without participant", NKG.participant,
            m -> m.removeAll(event(m), NKG.participant, null)),
        broken("target is a mention", NKG.target,
            m -> set(m, event(m), NKG.target, quoteMention(m))),
        broken("modality \"maybe\"", NKG.modality,
            m -> event(m).addProperty(NKG.modality, "maybe")),
        broken("two dates", NKG.date, m -> event(m).addProperty(NKG.date,
            m.createTypedLiteral("2025-03-04", XSDDatatype.XSDdate))),
        broken("place is a mention", NKG.place,
            m -> set(m, event(m), NKG.place, quoteMention(m))),
        broken("place without label", RDFS.label,
            m -> m.removeAll(m.getResource(ID + "place/us-washington"), RDFS.label, null)),
        broken("place in a mention", NKG.country,
            m -> set(m, m.getResource(ID + "place/us-washington"), NKG.country,
                quoteMention(m))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenEventVariants")
  void brokenEventIsRejectedNamingThePath(String name, Property failing,
                                          Set<Property> alsoFailing, Consumer<Model> breakIt) {
    Model m = validArticleWithEvent("a1");
    breakIt.accept(m);
    assertRejectedNaming(m, name, failing, alsoFailing);
  }

  private static Arguments broken(String name, Property failing, Consumer<Model> breakIt) {
    return broken(name, failing, Set.of(), breakIt);
  }

  /** {@code alsoFailing}: other paths whose failure follows from the same breakage. */
  private static Arguments broken(String name, Property failing, Set<Property> alsoFailing,
                                  Consumer<Model> breakIt) {
    return Arguments.of(name, failing, alsoFailing, breakIt);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenVariants")
  void brokenVariantIsRejectedNamingThePath(String name, Property failing,
                                           Set<Property> alsoFailing, Consumer<Model> breakIt) {
    Model m = validArticle();
    breakIt.accept(m);
    assertRejectedNaming(m, name, failing, alsoFailing);
  }

  private static void assertRejectedNaming(Model m, String name, Property failing,
                                           Set<Property> alsoFailing) {
    ValidationReport report = validate(m.getGraph());
    assertFalse(report.conforms(), name + ": should not conform");
    boolean named = false;
    for (ReportEntry e : report.getEntries()) {
      Property path = e.resultPath() instanceof P_Link link && link.getNode().isURI()
          ? ResourceFactory.createProperty(link.getNode().getURI()) : null;
      assertTrue(path != null && (failing.equals(path) || alsoFailing.contains(path)),
          name + ": unexpected result (only " + failing + " should fail)\n" + describe(report));
      named |= failing.equals(path);
      // the message starts with the property, e.g. "nkg:text: ..." or "rdfs:label: ..."
      String message = e.message();
      assertNotNull(message, name + ": result without a message");
      String prefixed = (path.getNameSpace().equals(NKG.NS) ? "nkg:"
          : path.getNameSpace().equals(NKG.SKOS) ? "skos:" : "rdfs:") + path.getLocalName();
      assertTrue(message.startsWith(prefixed + ":"),
          name + ": message should start with " + prefixed + ": " + message);
    }
    assertTrue(named, name + ": no result names " + failing + "\n" + describe(report));
  }

  @Test
  void mentionNotTypedNifStringIsRejected() {
    Model m = validArticle();
    m.remove(quoteMention(m), RDF.type, NKG.nifString);
    ValidationReport report = validate(m.getGraph());
    assertFalse(report.conforms());
    assertEquals(1, report.getEntries().size(), describe(report));
    ReportEntry e = report.getEntries().iterator().next();
    assertEquals(quoteMention(m).asNode(), e.focusNode());
    assertTrue(e.message().contains("nif:String"), e.message());
  }

  @Test
  void conflictingLabelsAcrossArticlesAreReportedInTheUnion() {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    Map<String, String> labels = Map.of("a1", "José Díaz", "a2", "Jose Diaz");
    labels.forEach((id, label) -> {
      Model m = articleGraph(id, "jose-diaz", label);
      Node graphName = NodeFactory.createURI(ID + "article/" + id);
      m.getGraph().find().forEachRemaining(t -> ds.add(graphName, t.getSubject(),
          t.getPredicate(), t.getObject()));
    });
    ValidationReport report = validate(ds.getUnionGraph());
    assertFalse(report.conforms());
    assertTrue(report.getEntries().stream().allMatch(e -> e.resultPath() instanceof P_Link l
        && l.getNode().equals(RDFS.label.asNode())), describe(report));
  }
}
