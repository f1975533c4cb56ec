package org.newskg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;

/**
 * The counts the page's overview queries ({@code entities.rq}, {@code top-speakers.rq}) would
 * otherwise aggregate over the whole store at every request: per person, organization and
 * country, in how many articles it is mentioned, how many statements it speaks (and in how many
 * articles) and how many are about it, with its types, its label (the least, should it have
 * two) and the actor codes of its events beside them, so that a query reads one graph. They live in their own graph
 * ({@link NKG#STATISTICS_GRAPH}) and are brought up to date in each write transaction for the
 * entities the batch touched: those of the new graphs, of the graphs they replace and of the
 * views the link stage derived again. Each count is what the query it replaces counts, over the
 * same triples; a count of zero is not written. The pairs of entities named together, for
 * {@code co-mentioned.rq}, are kept beside them ({@link CoMentions}).
 */
final class EntityStatistics {
  static {
    JenaSystem.init();
  }

  private static final Node GRAPH = NodeFactory.createURI(NKG.STATISTICS_GRAPH);
  private static final Node TYPE = RDF.type.asNode();
  private static final Node MENTIONED_IN = NKG.mentionedIn.asNode();
  private static final Node SPEAKER = NKG.speaker.asNode();
  private static final Node ABOUT = NKG.about.asNode();
  private static final Node IN_ARTICLE = NKG.inArticle.asNode();
  private static final Node STATEMENT = NKG.Statement.asNode();
  private static final Node ARTICLES = NKG.articleCount.asNode();
  private static final Node SAID = NKG.statementCount.asNode();
  private static final Node SPOKEN = NKG.speakerStatementCount.asNode();
  private static final Node SAID_ARTICLES = NKG.speakerArticleCount.asNode();
  private static final Node ABOUT_COUNT = NKG.aboutCount.asNode();
  private static final Node LABEL = RDFS.label.asNode();
  private static final Node PARTICIPATION_OF = NKG.participationOf.asNode();
  private static final Node ACTOR_CODE = NKG.actorCode.asNode();
  private static final Node CODE_SEEN = NKG.actorCodeSeen.asNode();
  private static final Set<Node> ENTITY_TYPES = Set.of(NKG.Person.asNode(),
      NKG.Organization.asNode(), NKG.Country.asNode());

  private final DatasetGraph dsg;
  private final CoMentions coMentions;

  EntityStatistics(DatasetGraph dsg) {
    this.dsg = dsg;
    this.coMentions = new CoMentions(dsg);
  }

  /** The entities a graph names (mentioned, speaking, spoken about): the ones to recount. */
  static void entitiesOf(Graph graph, Set<Node> into) {
    graph.find(Node.ANY, MENTIONED_IN, Node.ANY).forEachRemaining(t -> into.add(t.getSubject()));
    graph.find(Node.ANY, SPEAKER, Node.ANY).forEachRemaining(t -> into.add(t.getObject()));
    graph.find(Node.ANY, ABOUT, Node.ANY).forEachRemaining(t -> into.add(t.getObject()));
  }

  /** True when the store has articles but no counts (written before them, or loaded as RDF). */
  boolean missing() {
    return (!dsg.find(GRAPH, Node.ANY, ARTICLES, Node.ANY).hasNext() || coMentions.missing())
        && dsg.find(Node.ANY, Node.ANY, MENTIONED_IN, Node.ANY).hasNext();
  }

  /** Counts every entity of the store again; inside a write transaction. */
  void rebuild() {
    dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
    Set<Node> all = new HashSet<>();
    dsg.find(Node.ANY, Node.ANY, MENTIONED_IN, Node.ANY).forEachRemaining(q ->
        all.add(q.getSubject()));
    dsg.find(Node.ANY, Node.ANY, SPEAKER, Node.ANY).forEachRemaining(q ->
        all.add(q.getObject()));
    dsg.find(Node.ANY, Node.ANY, ABOUT, Node.ANY).forEachRemaining(q -> all.add(q.getObject()));
    updateCounts(all);
    coMentions.rebuild();
  }

  /** Recounts {@code entities} and their pairs; inside the write transaction that changed them. */
  void update(Set<Node> entities) {
    updateCounts(entities);
    coMentions.update(entities);
  }

  private void updateCounts(Set<Node> entities) {
    for (Node e : entities) {
      if (!e.isURI()) {
        continue;
      }
      dsg.deleteAny(GRAPH, e, Node.ANY, Node.ANY);
      Set<Node> articles = new HashSet<>();
      dsg.find(Node.ANY, e, MENTIONED_IN, Node.ANY).forEachRemaining(q ->
          articles.add(q.getObject()));
      Set<Node> said = new HashSet<>();
      dsg.find(Node.ANY, Node.ANY, SPEAKER, e).forEachRemaining(q -> said.add(q.getSubject()));
      // top-speakers.rq counts typed statements with an article, and those articles
      Set<Node> statements = new HashSet<>();
      Set<Node> saidIn = new HashSet<>();
      for (Node s : said) {
        if (!dsg.find(Node.ANY, s, TYPE, STATEMENT).hasNext()) {
          continue;
        }
        List<Node> in = new ArrayList<>();
        dsg.find(Node.ANY, s, IN_ARTICLE, Node.ANY).forEachRemaining(q -> in.add(q.getObject()));
        if (!in.isEmpty()) {
          statements.add(s);
          saidIn.addAll(in);
        }
      }
      Set<Node> about = new HashSet<>();
      dsg.find(Node.ANY, Node.ANY, ABOUT, e).forEachRemaining(q -> about.add(q.getSubject()));
      put(e, ARTICLES, articles.size());
      put(e, SAID, said.size());
      put(e, SPOKEN, statements.size());
      put(e, SAID_ARTICLES, saidIn.size());
      put(e, ABOUT_COUNT, about.size());
      if (!articles.isEmpty() || !said.isEmpty() || !about.isEmpty()) {
        // its types and its label beside the counts: read from one graph, an overview query
        // never looks the entity up in each article that names it
        dsg.find(Node.ANY, e, TYPE, Node.ANY).forEachRemaining(q -> {
          if (ENTITY_TYPES.contains(q.getObject())) {
            dsg.add(GRAPH, e, TYPE, q.getObject());
          }
        });
        String label = null;
        Iterator<Quad> labels = dsg.find(Node.ANY, e, LABEL, Node.ANY);
        while (labels.hasNext()) {
          Node l = labels.next().getObject();
          if (l.isLiteral()
              && (label == null || l.getLiteralLexicalForm().compareTo(label) < 0)) {
            label = l.getLiteralLexicalForm();
          }
        }
        if (label != null) {
          dsg.add(GRAPH, e, LABEL, NodeFactory.createLiteralString(label));
        }
        // the actor codes of its events, which the overview lists; an entity in many events
        // has thousands of participations and few codes
        Set<Node> codes = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, PARTICIPATION_OF, e).forEachRemaining(q ->
            dsg.find(Node.ANY, q.getSubject(), ACTOR_CODE, Node.ANY).forEachRemaining(c ->
                codes.add(c.getObject())));
        codes.forEach(c -> dsg.add(GRAPH, e, CODE_SEEN, c));
      }
    }
  }

  private void put(Node entity, Node property, long n) {
    if (n > 0) {
      dsg.add(GRAPH, entity, property, NodeFactory.createLiteralDT(Long.toString(n),
          XSDDatatype.XSDinteger));
    }
  }
}
