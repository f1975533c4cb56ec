package org.newskg.link;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;
import org.newskg.rdf.NameKeys;

/**
 * The link stage: who and what in an article about to be stored are people and events the
 * store already holds, decided in one place. Takes an article's graph and the store it goes to
 * (read inside the store's write transaction, so it sees the articles before it in the same
 * batch); gives the graph to store: people joined to the full names they are ({@link
 * PersonLinker}, which also takes over stored surname-only people an incoming full name
 * identifies), each entity with the one label it already has in the store, events joined to the
 * stored events they are ({@link EventLinker}), and the search keys of the names as they end up.
 * People first: an event is joined across articles by the participants it shares.
 */
public final class Linker {
  private final DatasetGraph store;
  private final PersonLinker people;
  private final EventLinker events;

  public Linker(DatasetGraph store) {
    this.store = store;
    this.people = new PersonLinker(store);
    this.events = new EventLinker(store);
  }

  /**
   * The article's graph as it is to be stored. Call inside the store's write transaction, after
   * the article's previous graph (named {@code graphName}) was deleted.
   */
  public Graph link(Node graphName, Graph incoming) {
    Graph linked = events.link(graphName, keepStoredLabels(people.link(incoming)));
    List<Triple> keys = NameKeys.missingFrom(linked);
    if (keys.isEmpty()) {
      return linked;
    }
    Graph out = copyOf(linked);
    keys.forEach(out::add);
    return out;
  }

  /** The stored people taken over by a full name since the last call (to recount); clears. */
  public Set<Node> takeOvers() {
    return people.takeOvers();
  }

  /** Forgets what the indexes hold (after a rolled-back write); read again on next use. */
  public void reset() {
    events.reset();
    people.reset();
  }

  /**
   * An entity keeps the label it already has in the store: two articles whose names differ only
   * in accents or punctuation ("C.C. Wei", "CC Wei") share an IRI, and the union must still give
   * it exactly one rdfs:label. The new form becomes an alternative label.
   */
  private Graph keepStoredLabels(Graph graph) {
    record Relabel(Node entity, Node storedLabel, Node newLabel) {}
    List<Relabel> relabel = new ArrayList<>();
    graph.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
      Iterator<Quad> stored = store.find(Node.ANY, t.getSubject(), RDFS.label.asNode(), Node.ANY);
      if (stored.hasNext()) {
        Node label = stored.next().getObject();
        if (!label.equals(t.getObject())) {
          relabel.add(new Relabel(t.getSubject(), label, t.getObject()));
        }
      }
    });
    if (relabel.isEmpty()) {
      return graph;
    }
    Graph copy = copyOf(graph);
    Node label = RDFS.label.asNode();
    Node altLabel = NKG.skosAltLabel.asNode();
    for (Relabel r : relabel) {
      copy.delete(Triple.create(r.entity(), label, r.newLabel()));
      copy.add(Triple.create(r.entity(), label, r.storedLabel()));
      copy.add(Triple.create(r.entity(), altLabel, r.newLabel()));
      copy.delete(Triple.create(r.entity(), altLabel, r.storedLabel()));
    }
    return copy;
  }

  private static Graph copyOf(Graph graph) {
    Graph copy = GraphFactory.createDefaultGraph();
    GraphUtil.addInto(copy, graph);
    return copy;
  }
}
