package org.newskg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.newskg.resolve.Actor;
import org.newskg.resolve.FirstNames;
import org.newskg.resolve.Names;

/**
 * Joins people across articles. An article that names someone only by surname ("Mr. Trump")
 * gives a person labelled "Trump"; when exactly one person of that surname is named in full
 * anywhere in the store ("Donald Trump"), the two are one person under the full name's IRI and
 * label, whichever article arrived first: a surname-only newcomer takes the full name's IRI,
 * and a full-name newcomer takes over the stored surname-only person in every article graph.
 * With several full names of one surname ("Tony Blair", "Cherie Blair", "Ian Blair") a
 * surname-only newcomer joins the one the store's articles tie to it: the one whose role it
 * has ("Blair, the prime minister"), else the one the store's articles call by the same form
 * ("Mr Blair") in clearly more articles than any other. A title's gender blocks a join ("Mrs
 * Blair" is not Tony Blair, whose first name is a man's), and a styled name ("Prince Charles",
 * "Sir Alex") is never a surname: it joins no one by its last word. Different full names are
 * never joined; a generational suffix is not a surname ("Charles Evans Jr" is an Evans). Each
 * person keeps one label: a renamed one's own label becomes an alternative label. Runs inside
 * the store's write transaction.
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
  private static final Node ROLE = NKG.role.asNode();
  private static final Names NAMES = Names.load();
  /** Titles that say a man or a woman, as a surname-only person's forms carry them. */
  private static final Pattern MALE_TITLE = Pattern.compile(
      "(?i)(?:mr|sir|lord|king|prince)\\.?\\s.*");
  private static final Pattern FEMALE_TITLE = Pattern.compile(
      "(?i)(?:mrs|ms|miss|dame|lady|queen|princess|baroness)\\.?\\s.*");

  private final DatasetGraph dsg;
  /** First names and their gender, read on the first link (they come with CoreNLP's models). */
  private FirstNames firstNames;
  /** Surname key to the people named in full with it, as stored and linked so far. */
  private Map<String, Set<Node>> fullNames;
  /** Surname key to the people known only by it. */
  private Map<String, Set<Node>> surnameOnly;

  PersonLinker(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** Stored people taken over by a full name since the last call, to recount. */
  private final Set<Node> takenOver = new HashSet<>();

  /** Forgets the index (after a rolled-back write); it is read again on next use. */
  synchronized void reset() {
    fullNames = null;
    surnameOnly = null;
    takenOver.clear();
  }

  /** The people taken over since the last call (they left the store); clears the list. */
  synchronized Set<Node> takeOvers() {
    Set<Node> out = Set.copyOf(takenOver);
    takenOver.clear();
    return out;
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
    if (firstNames == null) {
      firstNames = FirstNames.load();
    }
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
        Node target = chooseFullName(p.getKey(), incoming, people, full);
        if (target != null) {
          renames.put(p.getKey(), target);
          continue;
        }
      } else {
        full.add(p.getKey());
        if (full.size() == 1) {
          Actor.Gender gender = genderOfFullName(p.getValue());
          for (Node stored : List.copyOf(known(surnameOnly, surname, people.keySet()))) {
            if (stored.equals(p.getKey())) {
              continue;
            }
            if (incomingOnly(stored, people)) {
              // the same article names both, apart ("Evans" … "Charles Evans Jr")
              if (compatible(titleGender(incomingForms(incoming, stored)), gender)) {
                renames.put(stored, p.getKey());
                surnameOnly.get(surname).remove(stored);
              }
            } else if (compatible(titleGender(storedForms(stored)), gender)) {
              takeOver(stored, p.getKey(), p.getValue());
              surnameOnly.get(surname).remove(stored);
            }
          }
        }
      }
      remember(p.getKey(), p.getValue());
    }
    return renames.isEmpty() ? incoming : rename(incoming, renames, people);
  }

  /** A person of the graph being linked that the store does not hold yet. */
  private boolean incomingOnly(Node person, Map<Node, String> incoming) {
    return incoming.containsKey(person) && !dsg.find(Node.ANY, person, TYPE, PERSON).hasNext();
  }

  /**
   * The full-name person a surname-only one is, among those of its surname: the only one whose
   * gender its titles allow; else the only one with a role it has; else the one the store's
   * articles call by one of its forms in at least twice as many articles as any other.
   */
  private Node chooseFullName(Node person, Graph incoming, Map<Node, String> incomingPeople,
                              Set<Node> candidates) {
    Set<String> forms = incomingForms(incoming, person);
    Actor.Gender gender = titleGender(forms);
    List<Node> fitting = new ArrayList<>();
    for (Node c : candidates) {
      String label = incomingPeople.containsKey(c) ? incomingPeople.get(c) : storedLabel(c);
      if (label != null && compatible(gender, genderOfFullName(label))) {
        fitting.add(c);
      }
    }
    if (fitting.size() <= 1) {
      return fitting.isEmpty() ? null : fitting.get(0);
    }
    Set<String> roles = roleTitles(incoming, person);
    if (!roles.isEmpty()) {
      List<Node> sameRole = fitting.stream()
          .filter(c -> roleTitles(incoming, c).stream().anyMatch(roles::contains)).toList();
      if (sameRole.size() == 1) {
        return sameRole.get(0);
      }
    }
    Node best = null;
    int bestCount = 0;
    int second = 0;
    for (Node c : fitting) {
      Set<Node> articles = new HashSet<>();
      dsg.find(Node.ANY, c, ALT_LABEL, Node.ANY).forEachRemaining(q -> {
        if (q.getObject().isLiteral() && forms.contains(q.getObject().getLiteralLexicalForm())) {
          articles.add(q.getGraph());
        }
      });
      int n = articles.size();
      if (n > bestCount) {
        second = bestCount;
        bestCount = n;
        best = c;
      } else if (n > second) {
        second = n;
      }
    }
    return bestCount > 0 && bestCount >= 2 * second ? best : null;
  }

  /** The titles of a person's roles, in the graph being linked and in the store. */
  private Set<String> roleTitles(Graph incoming, Node person) {
    Set<String> titles = new HashSet<>();
    incoming.find(person, ROLE, Node.ANY).forEachRemaining(t ->
        incoming.find(t.getObject(), LABEL, Node.ANY).forEachRemaining(
            l -> titles.add(lexical(l).toLowerCase(Locale.ROOT))));
    dsg.find(Node.ANY, person, ROLE, Node.ANY).forEachRemaining(q ->
        dsg.find(q.getGraph(), q.getObject(), LABEL, Node.ANY).forEachRemaining(l -> {
          if (l.getObject().isLiteral()) {
            titles.add(l.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT));
          }
        }));
    return titles;
  }

  /** The label and alternative labels of a person in the graph being linked. */
  private static Set<String> incomingForms(Graph incoming, Node person) {
    Set<String> forms = new HashSet<>();
    incoming.find(person, LABEL, Node.ANY).forEachRemaining(t -> forms.add(lexical(t)));
    incoming.find(person, ALT_LABEL, Node.ANY).forEachRemaining(t -> forms.add(lexical(t)));
    return forms;
  }

  /** The label and alternative labels of a stored person. */
  private Set<String> storedForms(Node person) {
    Set<String> forms = new HashSet<>();
    for (Node p : List.of(LABEL, ALT_LABEL)) {
      dsg.find(Node.ANY, person, p, Node.ANY).forEachRemaining(q -> {
        if (q.getObject().isLiteral()) {
          forms.add(q.getObject().getLiteralLexicalForm());
        }
      });
    }
    return forms;
  }

  private String storedLabel(Node person) {
    Iterator<Quad> it = dsg.find(Node.ANY, person, LABEL, Node.ANY);
    while (it.hasNext()) {
      Node o = it.next().getObject();
      if (o.isLiteral()) {
        return o.getLiteralLexicalForm();
      }
    }
    return null;
  }

  private static String lexical(Triple t) {
    return t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "";
  }

  /** "Mr Blair" says a man, "Mrs Blair" a woman; both or neither say nothing. */
  private static Actor.Gender titleGender(Set<String> forms) {
    boolean male = forms.stream().anyMatch(f -> MALE_TITLE.matcher(f).matches());
    boolean female = forms.stream().anyMatch(f -> FEMALE_TITLE.matcher(f).matches());
    return male == female ? Actor.Gender.UNKNOWN
        : male ? Actor.Gender.MALE : Actor.Gender.FEMALE;
  }

  /** The gender the first name of a full name usually goes with ("Cherie Blair": female). */
  private Actor.Gender genderOfFullName(String label) {
    List<String> w = Names.words(label);
    return w.size() >= 2 ? firstNames.genderOf(w.get(0)) : Actor.Gender.UNKNOWN;
  }

  private static boolean compatible(Actor.Gender a, Actor.Gender b) {
    return a == Actor.Gender.UNKNOWN || b == Actor.Gender.UNKNOWN || a == b;
  }

  /** Every stored quad about {@code from} becomes one about {@code to}; its label an alias. */
  private void takeOver(Node from, Node to, String label) {
    takenOver.add(from);
    List<Quad> quads = new ArrayList<>();
    dsg.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(quads::add);
    dsg.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(quads::add);
    // the label `to` has in the store, if any: the person keeps one label across graphs
    String stored = storedLabel(to);
    String kept = stored != null ? stored : label;
    Node fullLabel = NodeFactory.createLiteralString(kept);
    for (Quad q : quads) {
      dsg.delete(q);
      Node s = q.getSubject().equals(from) ? to : q.getSubject();
      Node o = q.getObject().equals(from) ? to : q.getObject();
      if (s.equals(to) && q.getPredicate().equals(LABEL)) {
        dsg.add(q.getGraph(), to, ALT_LABEL, o);
        dsg.add(q.getGraph(), to, LABEL, fullLabel);
        for (String key : NameKeys.of(kept)) {
          dsg.add(q.getGraph(), to, HIDDEN_LABEL, NodeFactory.createLiteralString(key));
        }
      } else {
        dsg.add(q.getGraph(), s, q.getPredicate(), o);
      }
    }
  }

  /**
   * The graph with people renamed; a renamed person's label becomes an alternative label of the
   * person it joins, which keeps (or gets) the one label it has.
   */
  private Graph rename(Graph graph, Map<Node, Node> renames, Map<Node, String> incomingPeople) {
    Graph copy = GraphFactory.createDefaultGraph();
    List<Triple> triples = new ArrayList<>();
    graph.find().forEachRemaining(triples::add);
    for (Triple t : triples) {
      Node s = renames.getOrDefault(t.getSubject(), t.getSubject());
      Node o = t.getObject().isURI() ? renames.getOrDefault(t.getObject(), t.getObject())
          : t.getObject();
      Node p = t.getPredicate();
      if (renames.containsKey(t.getSubject()) && p.equals(LABEL)) {
        p = ALT_LABEL;
      }
      copy.add(Triple.create(s, p, o));
    }
    for (Node target : new HashSet<>(renames.values())) {
      if (!copy.find(target, LABEL, Node.ANY).hasNext()) {
        String label = incomingPeople.containsKey(target) && !renames.containsKey(target)
            ? incomingPeople.get(target) : storedLabel(target);
        if (label != null) {
          copy.add(Triple.create(target, LABEL, NodeFactory.createLiteralString(label)));
          copy.delete(Triple.create(target, ALT_LABEL, NodeFactory.createLiteralString(label)));
        }
      }
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
   * Lower-case words without accents or dots, letters folded as in IRIs, without a
   * generational suffix: "José  Álvarez Jr." → [jose, alvarez]; "Støre" → [store]. A styled
   * name ("Prince Charles", "Sir Alex") has none: it is no surname and no full name of one.
   */
  static List<String> words(String name) {
    if (NAMES.isStyled(name)) {
      return List.of();
    }
    String plain = Names.withoutAccents(name)
        .replace(".", " ").toLowerCase(Locale.ROOT).strip();
    List<String> out = new ArrayList<>();
    for (String w : plain.split("[\\s,]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return new ArrayList<>(Names.withoutSuffix(out));
  }
}
