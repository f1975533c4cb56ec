package org.newskg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.NKG;

/**
 * Links the events of an article about to be stored to the same events other articles report:
 * an event with a date takes the IRI of an event already in another article's graph that has
 * the same type, the same date and at least one participant in common. Each article graph keeps
 * its own description of the shared node (spans, sentence, trigger, inArticle), so every
 * mention is kept. Undated events are never merged.
 *
 * <p>Runs inside the store's write transaction, so it also sees the articles written before in
 * the same batch.
 */
final class EventLinker {
  private static final Node TYPE = RDF.type.asNode();
  private static final Node EVENT = NKG.Event.asNode();
  private static final Node EVENT_TYPE = NKG.eventType.asNode();
  private static final Node DATE = NKG.date.asNode();
  private static final Node PARTICIPANT = NKG.participant.asNode();

  private final DatasetGraph dsg;

  EventLinker(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /**
   * The article's graph with its events renamed to the stored events they are. Call after the
   * article's previous graph (named {@code graphName}) was deleted.
   */
  Graph link(Node graphName, Graph graph) {
    List<Node> events = graph.find(Node.ANY, TYPE, EVENT).mapWith(Triple::getSubject).toList();
    if (events.isEmpty()) {
      return graph;
    }
    events.sort(Comparator.comparing(Node::getURI));
    Map<Node, Node> renamed = new HashMap<>();
    Set<Node> taken = new HashSet<>();
    for (Node event : events) {
      Node stored = sameStoredEvent(graphName, graph, event, taken);
      if (stored != null) {
        renamed.put(event, stored);
        taken.add(stored);
      }
    }
    // an event keeping its own IRI must not land on a node another graph already uses (an
    // article ingested again whose old event IRI other articles merged into)
    for (Node event : events) {
      if (!renamed.containsKey(event)
          && (taken.contains(event) || usedElsewhere(graphName, event))) {
        Node fresh = event;
        for (int k = 2; taken.contains(fresh) || usedElsewhere(graphName, fresh)
            || graph.contains(fresh, Node.ANY, Node.ANY); k++) {
          // mapper IRIs end in -<number>; "-v<k>" never equals one
          fresh = NodeFactory.createURI(event.getURI() + "-v" + k);
        }
        renamed.put(event, fresh);
        taken.add(fresh);
      }
    }
    return renamed.isEmpty() ? graph : rename(graph, renamed);
  }

  /** The stored event in another graph this one is, or null (most shared participants wins). */
  private Node sameStoredEvent(Node graphName, Graph graph, Node event, Set<Node> taken) {
    Node date = only(graph, event, DATE);
    Node type = only(graph, event, EVENT_TYPE);
    if (date == null || type == null) {
      return null;
    }
    Set<Node> participants = new HashSet<>();
    graph.find(event, PARTICIPANT, Node.ANY).forEachRemaining(t -> participants.add(t.getObject()));
    // candidates share the date; sorted so the choice does not depend on index order
    TreeMap<String, Node> candidates = new TreeMap<>();
    Iterator<Quad> dated = dsg.find(Node.ANY, Node.ANY, DATE, date);
    while (dated.hasNext()) {
      Quad q = dated.next();
      if (!q.getGraph().equals(graphName) && q.getSubject().isURI()) {
        candidates.put(q.getSubject().getURI(), q.getSubject());
      }
    }
    Node best = null;
    int bestShared = 0;
    for (Node candidate : candidates.values()) {
      if (taken.contains(candidate) || !dsg.contains(Node.ANY, candidate, EVENT_TYPE, type)) {
        continue;
      }
      int shared = 0;
      for (Node p : participants) {
        if (dsg.contains(Node.ANY, candidate, PARTICIPANT, p)) {
          shared++;
        }
      }
      if (shared > bestShared) {
        best = candidate;
        bestShared = shared;
      }
    }
    return best;
  }

  private boolean usedElsewhere(Node graphName, Node node) {
    Iterator<Quad> it = dsg.find(Node.ANY, node, Node.ANY, Node.ANY);
    while (it.hasNext()) {
      if (!it.next().getGraph().equals(graphName)) {
        return true;
      }
    }
    return false;
  }

  private static Node only(Graph graph, Node subject, Node predicate) {
    List<Triple> values = graph.find(subject, predicate, Node.ANY).toList();
    return values.size() == 1 ? values.get(0).getObject() : null;
  }

  private static Graph rename(Graph graph, Map<Node, Node> renamed) {
    Graph copy = GraphFactory.createDefaultGraph();
    List<Triple> triples = new ArrayList<>(graph.find().toList());
    for (Triple t : triples) {
      copy.add(Triple.create(renamed.getOrDefault(t.getSubject(), t.getSubject()),
          t.getPredicate(), renamed.getOrDefault(t.getObject(), t.getObject())));
    }
    return copy;
  }
}
