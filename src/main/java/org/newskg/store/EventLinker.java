package org.newskg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.NKG;

/**
 * Joins one real event reported by several articles: an incoming event takes the IRI of an
 * event the store already holds from another article when both have the same type, the same
 * day and at least one participant in common. Each article graph keeps its own spans, sentence
 * and trigger for the shared IRI, so every mention is kept. Undated events are never joined
 * across articles (the day is what makes "Russia attacked Ukraine" one event).
 * Runs inside the store's write transaction, after people are linked.
 */
final class EventLinker {
  static {
    JenaSystem.init();  // before the vocabulary constants below, whoever loads this class first
  }

  private static final Node TYPE = RDF.type.asNode();
  private static final Node EVENT = NKG.Event.asNode();
  private static final Node EVENT_TYPE = NKG.eventType.asNode();
  private static final Node DATE = NKG.date.asNode();
  private static final Node PARTICIPANT = NKG.participant.asNode();

  private final DatasetGraph dsg;

  EventLinker(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** {@code incoming} with each event that the store already holds renamed to that event. */
  Graph link(Graph incoming) {
    Map<Node, Node> renames = new LinkedHashMap<>();
    incoming.find(Node.ANY, TYPE, EVENT).forEachRemaining(t -> {
      Node event = t.getSubject();
      Node type = first(incoming, event, EVENT_TYPE);
      Node date = first(incoming, event, DATE);
      if (type == null || date == null) {
        return;
      }
      List<Node> participants = new ArrayList<>();
      incoming.find(event, PARTICIPANT, Node.ANY).forEachRemaining(p ->
          participants.add(p.getObject()));
      TreeSet<String> matches = new TreeSet<>();
      Iterator<Quad> sameDay = dsg.find(Node.ANY, Node.ANY, DATE, date);
      while (sameDay.hasNext()) {
        Node candidate = sameDay.next().getSubject();
        if (!candidate.equals(event) && candidate.isURI()
            && dsg.contains(Node.ANY, candidate, TYPE, EVENT)
            && dsg.contains(Node.ANY, candidate, EVENT_TYPE, type)
            && participants.stream().anyMatch(p -> dsg.contains(Node.ANY, candidate,
                PARTICIPANT, p))) {
          matches.add(candidate.getURI());
        }
      }
      if (!matches.isEmpty()) {
        // the first IRI in order: the same choice whatever order the articles came in
        renames.put(event, NodeFactory.createURI(matches.first()));
      }
    });
    if (renames.isEmpty()) {
      return incoming;
    }
    Graph copy = GraphFactory.createDefaultGraph();
    incoming.find().forEachRemaining(t -> copy.add(Triple.create(
        renames.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
        t.getObject().isURI() ? renames.getOrDefault(t.getObject(), t.getObject())
            : t.getObject())));
    return copy;
  }

  private static Node first(Graph g, Node s, Node p) {
    Iterator<Triple> it = g.find(s, p, Node.ANY);
    return it.hasNext() ? it.next().getObject() : null;
  }
}
