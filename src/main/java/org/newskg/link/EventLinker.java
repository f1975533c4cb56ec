package org.newskg.link;

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
 * the same batch. Finding the stored events of one type and day by scanning the store's dates
 * costs a pass over every statement of that day per event (minutes per few hundred articles),
 * so the linker keeps the dated events by type and day in memory: loaded from the store on
 * first use, added to as articles are written, dropped when a write is rolled back. Entries of
 * replaced graphs may linger; every candidate is checked against the store, so they cost a
 * look-up and never a wrong merge.
 */
final class EventLinker {
  private static final Node TYPE = RDF.type.asNode();
  private static final Node EVENT = NKG.Event.asNode();
  private static final Node EVENT_TYPE = NKG.eventType.asNode();
  private static final Node DATE = NKG.date.asNode();
  private static final Node PARTICIPANT = NKG.participant.asNode();

  private final DatasetGraph dsg;
  /** Dated events by "type date" (a superset of what the store holds), or null: not loaded. */
  private Map<String, Set<Node>> byTypeAndDay;

  EventLinker(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** Forgets the in-memory index (after a rolled-back write); reloaded on next use. */
  synchronized void reset() {
    byTypeAndDay = null;
  }

  private static String key(Node type, Node date) {
    return type.getURI() + " " + date.getLiteralLexicalForm();
  }

  private Map<String, Set<Node>> index() {
    if (byTypeAndDay == null) {
      byTypeAndDay = new HashMap<>();
      Iterator<Quad> typed = dsg.find(Node.ANY, Node.ANY, EVENT_TYPE, Node.ANY);
      while (typed.hasNext()) {
        Quad q = typed.next();
        Iterator<Quad> dates = dsg.find(q.getGraph(), q.getSubject(), DATE, Node.ANY);
        if (q.getObject().isURI() && dates.hasNext()) {
          byTypeAndDay.computeIfAbsent(key(q.getObject(), dates.next().getObject()),
              k -> new HashSet<>()).add(q.getSubject());
        }
      }
    }
    return byTypeAndDay;
  }

  /** Records the dated events of a graph just written, for the articles after it. */
  private void remember(Graph graph) {
    Map<String, Set<Node>> index = index();
    graph.find(Node.ANY, EVENT_TYPE, Node.ANY).forEachRemaining(t -> {
      Node date = only(graph, t.getSubject(), DATE);
      if (date != null && t.getObject().isURI()) {
        index.computeIfAbsent(key(t.getObject(), date), k -> new HashSet<>())
            .add(t.getSubject());
      }
    });
  }

  /**
   * The article's graph with its events renamed to the stored events they are. Call after the
   * article's previous graph (named {@code graphName}) was deleted.
   */
  synchronized Graph link(Node graphName, Graph graph) {
    Graph linked = linkEvents(graphName, graph);
    remember(linked);
    return linked;
  }

  private Graph linkEvents(Node graphName, Graph graph) {
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
    if (!type.isURI()) {
      return null;
    }
    // sorted so that the choice does not depend on hashing
    TreeMap<String, Node> candidates = new TreeMap<>();
    for (Node n : index().getOrDefault(key(type, date), Set.of())) {
      candidates.put(n.getURI(), n);
    }
    Node best = null;
    int bestShared = 0;
    for (Node candidate : candidates.values()) {
      // still stored, in another article's graph, with this type and day
      if (taken.contains(candidate) || !storedElsewhere(graphName, candidate, type, date)) {
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

  private boolean storedElsewhere(Node graphName, Node event, Node type, Node date) {
    Iterator<Quad> it = dsg.find(Node.ANY, event, EVENT_TYPE, type);
    while (it.hasNext()) {
      Node g = it.next().getGraph();
      if (!g.equals(graphName) && dsg.contains(g, event, DATE, date)) {
        return true;
      }
    }
    return false;
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
