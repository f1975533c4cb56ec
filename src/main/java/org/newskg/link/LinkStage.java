package org.newskg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
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
 * keeps what it knows of the store in memory, read on first use and again whenever the store
 * committed a batch it did not link (a failed write, another stage on the same store).
 */
public final class LinkStage {
  static {
    JenaSystem.init();
  }

  private static final Node LABEL = RDFS.label.asNode();
  private static final Node ALT_LABEL = NKG.skosAltLabel.asNode();
  private static final Node SAME_AS = OWL.sameAs.asNode();

  private final ReadForms store;
  private final PersonLinker personLinker = new PersonLinker();
  private final EventLinker eventLinker = new EventLinker();
  /** What each stored article read, by article IRI; null: not read yet. */
  private Map<String, ArticleFacts> facts;
  private Decisions decisions;
  private long generation = -1;

  public LinkStage(ReadForms store) {
    this.store = store;
  }

  /** What the link stage decided, over every article. */
  private record Decisions(Map<String, Map<Node, Node>> people, Map<Node, Node> events,
                           Map<Node, String> labels, Set<Node> variants,
                           Map<String, String> signatures, Set<Triple> links) {}

  /** The batch, linked to the store and to itself; the last of two copies of an article wins. */
  public synchronized LinkedBatch link(Collection<ArticleGraph> batch) {
    if (facts == null || store.generation() != generation) {
      facts = new TreeMap<>();
      store.forEachReadForm((iri, graph) -> facts.put(iri, ArticleFacts.of(iri, graph)));
      decisions = decide();
    }
    Map<String, Graph> incoming = new LinkedHashMap<>();
    for (ArticleGraph a : batch) {
      incoming.put(a.articleIri(), a.graph());
      facts.put(a.articleIri(), ArticleFacts.of(a.articleIri(), a.graph()));
    }
    Decisions before = decisions;
    decisions = decide();
    Set<String> changed = new TreeSet<>(incoming.keySet());
    decisions.signatures().forEach((article, signature) -> {
      if (!Objects.equals(before.signatures().get(article), signature)) {
        changed.add(article);
      }
    });
    Map<String, Graph> views = new LinkedHashMap<>();
    for (String article : changed) {
      Graph read = incoming.containsKey(article) ? incoming.get(article)
          : store.readForm(article);
      if (read != null) {
        views.put(article, view(article, read));
      }
    }
    List<Triple> removed = new ArrayList<>(before.links());
    removed.removeAll(decisions.links());
    List<Triple> added = new ArrayList<>(decisions.links());
    added.removeAll(before.links());
    // the store counts this batch when it commits it; any other count means it did not
    generation = store.generation() + 1;
    return new LinkedBatch(incoming, views, removed, added);
  }

  private Decisions decide() {
    Collection<ArticleFacts> all = facts.values();
    Map<String, Map<Node, Node>> people = personLinker.decide(all);
    Map<Node, Node> events = eventLinker.decide(all, people);
    // each entity's label: the one most articles that name it under its own IRI give it, the
    // least on a tie
    Map<Node, Map<String, Integer>> counts = new HashMap<>();
    for (ArticleFacts a : all) {
      Map<Node, Node> renamed = people.getOrDefault(a.article(), Map.of());
      a.labels().forEach((node, label) -> {
        if (!renamed.containsKey(node)) {
          counts.computeIfAbsent(node, k -> new TreeMap<>()).merge(label, 1, Integer::sum);
        }
      });
    }
    Map<Node, String> labels = new HashMap<>();
    Set<Node> variants = new HashSet<>();
    counts.forEach((node, byLabel) -> {
      String best = null;
      int most = 0;
      for (Map.Entry<String, Integer> e : byLabel.entrySet()) {
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      }
      labels.put(node, best);
      if (byLabel.size() > 1) {
        variants.add(node);
      }
    });
    Map<String, String> signatures = new HashMap<>();
    Set<Triple> links = new HashSet<>();
    for (ArticleFacts a : all) {
      Map<Node, Node> renamed = people.getOrDefault(a.article(), Map.of());
      StringBuilder s = new StringBuilder();
      renamed.forEach((from, to) -> {
        s.append(from).append('>').append(to).append('=').append(labels.get(to)).append('\n');
        links.add(Triple.create(NodeFactory.createURI(a.article() + "#" + localPath(from)),
            SAME_AS, to));
      });
      a.events().keySet().forEach(e -> {
        if (events.containsKey(e)) {
          s.append(e).append('>').append(events.get(e)).append('\n');
        }
      });
      a.labels().keySet().forEach(node -> {
        if (variants.contains(node) && !renamed.containsKey(node)) {
          s.append(node).append('=').append(labels.get(node)).append('\n');
        }
      });
      signatures.put(a.article(), s.toString());
    }
    events.forEach((from, to) -> links.add(Triple.create(from, SAME_AS, to)));
    for (Node node : variants) {
      links.add(Triple.create(node, LABEL, NodeFactory.createLiteralString(labels.get(node))));
    }
    return new Decisions(people, events, labels, variants, signatures, links);
  }

  /** "…/person/okafor" → "person/okafor": the link of a person as one article names it. */
  private static String localPath(Node node) {
    String iri = node.getURI();
    int last = iri.lastIndexOf('/');
    int before = last > 0 ? iri.lastIndexOf('/', last - 1) : -1;
    return before >= 0 ? iri.substring(before + 1) : iri;
  }

  /**
   * An article's view: its graph as read with its people joined (a joined person's label
   * becomes an alternative label of the person it is), each entity with its one label (another
   * label read becomes an alternative label), its events joined, and the search keys of its
   * names.
   */
  private Graph view(String article, Graph read) {
    Map<Node, Node> renamed = decisions.people().getOrDefault(article, Map.of());
    Map<Node, Node> events = decisions.events();
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
      String label = decisions.labels().get(node);
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
