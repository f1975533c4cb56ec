package org.newskg.link;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;

/**
 * What the link stage needs to know of one article as read: its people (label, every form it
 * is called by, the titles of its roles), the label of everything labelled in it, and its dated
 * events (type, day, participants). Sorted maps, so that whatever is decided from them does not
 * depend on hashing.
 */
record ArticleFacts(String article, Map<Node, Person> people, Map<Node, String> labels,
                    Map<Node, Event> events) {
  static {
    JenaSystem.init();
  }

  private static final Node TYPE = RDF.type.asNode();
  private static final Node PERSON = NKG.Person.asNode();
  private static final Node EVENT = NKG.Event.asNode();
  private static final Node LABEL = RDFS.label.asNode();
  private static final Node ALT_LABEL = NKG.skosAltLabel.asNode();
  private static final Node ROLE = NKG.role.asNode();
  private static final Node EVENT_TYPE = NKG.eventType.asNode();
  private static final Node DATE = NKG.date.asNode();
  private static final Node PARTICIPANT = NKG.participant.asNode();

  /** A person as one article names it. */
  record Person(String label, Set<String> forms, Set<String> roles) {}

  /** A dated event of one article: its type, its day and whom it involves. */
  record Event(String key, Set<Node> participants) {}

  static ArticleFacts of(String article, Graph graph) {
    Map<Node, String> labels = new TreeMap<>(ArticleFacts::compare);
    graph.find(Node.ANY, LABEL, Node.ANY).forEachRemaining(t -> {
      if (t.getObject().isLiteral() && t.getSubject().isURI()) {
        // two labels in one graph: the least, as the statistics keep it
        labels.merge(t.getSubject(), t.getObject().getLiteralLexicalForm(),
            (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    });
    Map<Node, Person> people = new TreeMap<>(ArticleFacts::compare);
    graph.find(Node.ANY, TYPE, PERSON).forEachRemaining(t -> {
      Node p = t.getSubject();
      String label = labels.get(p);
      if (label != null) {
        Set<String> forms = new TreeSet<>();
        forms.add(label);
        graph.find(p, ALT_LABEL, Node.ANY).forEachRemaining(a -> {
          if (a.getObject().isLiteral()) {
            forms.add(a.getObject().getLiteralLexicalForm());
          }
        });
        Set<String> roles = new TreeSet<>();
        graph.find(p, ROLE, Node.ANY).forEachRemaining(r ->
            graph.find(r.getObject(), LABEL, Node.ANY).forEachRemaining(l -> {
              if (l.getObject().isLiteral()) {
                roles.add(l.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT));
              }
            }));
        people.put(p, new Person(label, forms, roles));
      }
    });
    Map<Node, Event> events = new TreeMap<>(ArticleFacts::compare);
    graph.find(Node.ANY, TYPE, EVENT).forEachRemaining(t -> {
      Node e = t.getSubject();
      Node type = only(graph, e, EVENT_TYPE);
      Node date = only(graph, e, DATE);
      if (e.isURI() && type != null && type.isURI() && date != null && date.isLiteral()) {
        Set<Node> participants = new TreeSet<>(ArticleFacts::compare);
        graph.find(e, PARTICIPANT, Node.ANY).forEachRemaining(p -> participants.add(p.getObject()));
        events.put(e, new Event(type.getURI() + " " + date.getLiteralLexicalForm(), participants));
      }
    });
    return new ArticleFacts(article, people, labels, events);
  }

  /** Nodes in the order of their N-Triples form. */
  static int compare(Node a, Node b) {
    return a.toString().compareTo(b.toString());
  }

  private static Node only(Graph graph, Node subject, Node predicate) {
    Iterator<Triple> it = graph.find(subject, predicate, Node.ANY);
    if (!it.hasNext()) {
      return null;
    }
    Node first = it.next().getObject();
    return it.hasNext() ? null : first;
  }

  static List<Node> sorted(Set<Node> nodes) {
    return nodes.stream().sorted(ArticleFacts::compare).toList();
  }
}
