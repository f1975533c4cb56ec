package org.newskg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;
import org.newskg.rdf.NameKeys;
import org.newskg.resolve.Names;

/**
 * Joins people across articles. An article that names someone only by surname ("Mr. Trump")
 * gives a person labelled "Trump"; when exactly one person of that surname is named in full
 * anywhere in the store ("Donald Trump"), the two are one person under the full name's IRI and
 * label, whichever article arrived first: a surname-only newcomer takes the full name's IRI,
 * and a full-name newcomer takes over the stored surname-only person in every article graph.
 * With two full names of one surname ("Donald Trump", "Melania Trump") nothing is joined.
 * Different full names are never joined. Runs inside the store's write transaction.
 *
 * <p>The store keeps one linker: it reads the people once, on first use, and then keeps its
 * index up to date as articles are linked, so a batch costs what its own people cost, not a
 * scan of the store (2,000 one-article batches would otherwise read every person 2,000 times).
 * A person the index holds may since have left the store with a re-ingested article; such
 * entries are checked and dropped when a name is looked up. After a rolled-back write the
 * store calls {@link #reset()}.
 */
final class PersonLinker {
  static {
    JenaSystem.init();  // before the vocabulary constants below, whoever loads this class first
  }

  private static final Node TYPE = RDF.type.asNode();
  private static final Node PERSON = NKG.Person.asNode();
  private static final Node LABEL = RDFS.label.asNode();
  private static final Node ALT_LABEL = NKG.skosAltLabel.asNode();
  private static final Node HIDDEN_LABEL = NKG.skosHiddenLabel.asNode();
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private final DatasetGraph dsg;
  /** Surname key to the people named in full with it, as stored and linked so far. */
  private Map<String, Set<Node>> fullNames;
  /** Surname key to the people known only by it. */
  private Map<String, Set<Node>> surnameOnly;

  PersonLinker(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** Forgets the index (after a rolled-back write); it is read again on next use. */
  synchronized void reset() {
    fullNames = null;
    surnameOnly = null;
  }

  /** Reads the people the store holds, once. */
  private void load() {
    if (fullNames != null) {
      return;
    }
    fullNames = new HashMap<>();
    surnameOnly = new HashMap<>();
    Set<Node> seen = new HashSet<>();
    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, TYPE, PERSON);
    while (it.hasNext()) {
      Node person = it.next().getSubject();
      if (seen.add(person)) {
        Iterator<Quad> labels = dsg.find(Node.ANY, person, LABEL, Node.ANY);
        if (labels.hasNext()) {
          Node label = labels.next().getObject();
          if (label.isLiteral()) {
            remember(person, label.getLiteralLexicalForm());
          }
        }
      }
    }
  }

  /**
   * The people of a surname in {@code index}, without those no longer in the store (those of
   * the graph being linked, {@code incoming}, are not in it yet and stay).
   */
  private Set<Node> known(Map<String, Set<Node>> index, String surname, Set<Node> incoming) {
    Set<Node> people = index.get(surname);
    if (people == null) {
      return Set.of();
    }
    people.removeIf(p -> !incoming.contains(p) && !dsg.find(Node.ANY, p, TYPE, PERSON).hasNext());
    return people;
  }

  private void remember(Node person, String label) {
    List<String> words = words(label);
    if (!words.isEmpty()) {
      (words.size() == 1 ? surnameOnly : fullNames)
          .computeIfAbsent(words.get(words.size() - 1), k -> new HashSet<>()).add(person);
    }
  }

  /**
   * Returns {@code incoming} with surname-only people renamed to their full-name IRI, and
   * rewrites stored surname-only people that an incoming full name now identifies.
   */
  synchronized Graph link(Graph incoming) {
    load();
    Map<Node, String> people = labelledPeople(incoming);
    Map<Node, Node> renames = new LinkedHashMap<>();
    for (Map.Entry<Node, String> p : people.entrySet()) {
      List<String> words = words(p.getValue());
      if (words.isEmpty()) {
        continue;
      }
      String surname = words.get(words.size() - 1);
      Set<Node> full = new HashSet<>(known(fullNames, surname, people.keySet()));
      if (words.size() == 1) {
        full.remove(p.getKey());
        if (full.size() == 1) {
          renames.put(p.getKey(), full.iterator().next());
          continue;
        }
      } else {
        full.add(p.getKey());
        if (full.size() == 1) {
          for (Node stored : List.copyOf(known(surnameOnly, surname, people.keySet()))) {
            if (!stored.equals(p.getKey())) {
              takeOver(stored, p.getKey(), p.getValue());
              surnameOnly.get(surname).remove(stored);
            }
          }
        }
      }
      remember(p.getKey(), p.getValue());
    }
    return renames.isEmpty() ? incoming : rename(incoming, renames);
  }

  /** Every stored quad about {@code from} becomes one about {@code to}; its label an alias. */
  private void takeOver(Node from, Node to, String label) {
    List<Quad> quads = new ArrayList<>();
    dsg.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(quads::add);
    dsg.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(quads::add);
    Node fullLabel = NodeFactory.createLiteralString(label);
    for (Quad q : quads) {
      dsg.delete(q);
      Node s = q.getSubject().equals(from) ? to : q.getSubject();
      Node o = q.getObject().equals(from) ? to : q.getObject();
      if (s.equals(to) && q.getPredicate().equals(LABEL)) {
        dsg.add(q.getGraph(), to, ALT_LABEL, o);
        dsg.add(q.getGraph(), to, LABEL, fullLabel);
        for (String key : NameKeys.of(label)) {
          dsg.add(q.getGraph(), to, HIDDEN_LABEL, NodeFactory.createLiteralString(key));
        }
      } else {
        dsg.add(q.getGraph(), s, q.getPredicate(), o);
      }
    }
  }

  private static Graph rename(Graph graph, Map<Node, Node> renames) {
    Graph copy = GraphFactory.createDefaultGraph();
    List<Triple> triples = new ArrayList<>();
    graph.find().forEachRemaining(triples::add);
    for (Triple t : triples) {
      Node s = renames.getOrDefault(t.getSubject(), t.getSubject());
      Node o = t.getObject().isURI() ? renames.getOrDefault(t.getObject(), t.getObject())
          : t.getObject();
      copy.add(Triple.create(s, t.getPredicate(), o));
    }
    return copy;
  }

  private static Map<Node, String> labelledPeople(Graph graph) {
    Map<Node, String> out = new LinkedHashMap<>();
    graph.find(Node.ANY, TYPE, PERSON).forEachRemaining(t -> {
      Iterator<Triple> labels = graph.find(t.getSubject(), LABEL, Node.ANY);
      if (labels.hasNext()) {
        Node label = labels.next().getObject();
        if (label.isLiteral()) {
          out.put(t.getSubject(), label.getLiteralLexicalForm());
        }
      }
    });
    return out;
  }

  /**
   * Lower-case words without accents or dots, letters folded as in IRIs: "José  Álvarez Jr." →
   * [jose, alvarez]; "Støre" → [store].
   */
  static List<String> words(String name) {
    String plain = Names.withoutAccents(name)
        .replace(".", " ").toLowerCase(Locale.ROOT).strip();
    List<String> out = new ArrayList<>();
    for (String w : plain.split("[\\s,]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    // "Martin Luther King Jr.": the surname is the word before the suffix
    while (out.size() > 1 && SUFFIXES.contains(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
