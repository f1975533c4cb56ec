package org.newskg.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NKG;
import org.newskg.rdf.NameKeys;

/**
 * The link stage: who and what the articles of a store name in common, decided in one place,
 * once, from what every article read. Takes a batch of articles as read and the store they go
 * to ({@link ReadForms}); gives the store what to write ({@link LinkedBatch}): the articles as
 * read, the view of each article whose view changed (its graph as read with its people joined
 * to the full names they are ({@link PersonLinker}), each entity with its one label, its events
 * joined to other articles' events ({@link EventLinker}) and the search keys of its names), and
 * the change to the links graph, which states the same decisions.
 *
 * <p>Every decision is a function of the articles as read, never of the order they came in, so
 * two stores of the same articles hold the same quads; a view changes only when a decision it
 * depends on does, and an article's graph as read is touched only by its own ingest. The stage
 * keeps what it knows of the store in memory ({@link LinkIndex}), read on first use and again
 * whenever the store committed a batch it did not link (a failed write, another stage on the
 * same store). A batch decides again only the groups its articles are in (a surname, an event's
 * type and day, an entity's labels), so what it costs grows with what it touches, not with the
 * store.
 */
public final class LinkStage {
  static {
    JenaSystem.init();
  }

  private static final Node LABEL = RDFS.label.asNode();
  private static final Node ALT_LABEL = NKG.skosAltLabel.asNode();

  private final ReadForms store;
  /** What the stage knows of the store's articles and decided; null: not read yet. */
  private LinkIndex index;
  private long generation = -1;

  public LinkStage(ReadForms store) {
    this.store = store;
  }

  /** The batch, linked to the store and to itself; the last of two copies of an article wins. */
  public synchronized LinkedBatch link(Collection<ArticleGraph> batch) {
    if (index == null || store.generation() != generation) {
      Map<String, ArticleFacts> stored = new HashMap<>();
      store.forEachReadForm((iri, graph) -> stored.put(iri, ArticleFacts.of(iri, graph)));
      index = new LinkIndex();
      index.apply(stored);
    }
    Map<String, Graph> incoming = new LinkedHashMap<>();
    Map<String, ArticleFacts> updates = new LinkedHashMap<>();
    for (ArticleGraph a : batch) {
      incoming.put(a.articleIri(), a.graph());
      updates.put(a.articleIri(), ArticleFacts.of(a.articleIri(), a.graph()));
    }
    LinkIndex.Change change = index.apply(updates);
    Map<String, Graph> views = new LinkedHashMap<>();
    for (String article : change.changed()) {
      Graph read = incoming.containsKey(article) ? incoming.get(article)
          : store.readForm(article);
      if (read != null) {
        views.put(article, view(article, read));
      }
    }
    // the store counts this batch when it commits it; any other count means it did not
    generation = store.generation() + 1;
    return new LinkedBatch(incoming, views, change.linksRemoved(), change.linksAdded());
  }

  /**
   * An article's view: its graph as read with its people joined (a joined person's label
   * becomes an alternative label of the person it is), each entity with its one label (another
   * label read becomes an alternative label), its events joined, and the search keys of its
   * names.
   */
  private Graph view(String article, Graph read) {
    return view(read, index.joins(article), index.events(), index::label);
  }

  /**
   * The view of an article graph {@code read} under the decisions given: {@code renamed}, its
   * people joined to the full names they are; {@code events}, events joined to other articles'
   * events; {@code labelOf}, each entity's one label (null: none decided).
   */
  static Graph view(Graph read, Map<Node, Node> renamed, Map<Node, Node> events,
                    Function<Node, String> labelOf) {
    Graph out = GraphFactory.createDefaultGraph();
    read.find().forEachRemaining(t -> {
      Node s = rename(t.getSubject(), renamed, events);
      Node p = t.getPredicate();
      Node o = t.getObject().isURI() ? rename(t.getObject(), renamed, events) : t.getObject();
      if (p.equals(LABEL) && (renamed.containsKey(t.getSubject()))) {
        p = ALT_LABEL;
      }
      out.add(Triple.create(s, p, o));
    });
    // each entity its one label: a joined person gets its full name's, another label read
    // becomes an alternative one
    // (not a joined event's: each article keeps its own description of the event)
    Set<Node> labelled = new HashSet<>(renamed.values());
    read.find(Node.ANY, LABEL, Node.ANY).forEachRemaining(t -> {
      if (!events.containsKey(t.getSubject())) {
        labelled.add(renamed.getOrDefault(t.getSubject(), t.getSubject()));
      }
    });
    for (Node node : labelled) {
      String label = labelOf.apply(node);
      if (label == null) {
        continue;
      }
      Node kept = NodeFactory.createLiteralString(label);
      for (Triple t : out.find(node, LABEL, Node.ANY).toList()) {
        if (!t.getObject().equals(kept)) {
          out.delete(t);
          out.add(Triple.create(node, ALT_LABEL, t.getObject()));
        }
      }
      out.add(Triple.create(node, LABEL, kept));
      out.delete(Triple.create(node, ALT_LABEL, kept));
    }
    NameKeys.missingFrom(out).forEach(out::add);
    return out;
  }

  private static Node rename(Node node, Map<Node, Node> people, Map<Node, Node> events) {
    Node person = people.get(node);
    if (person != null) {
      return person;
    }
    return events.getOrDefault(node, node);
  }
}
