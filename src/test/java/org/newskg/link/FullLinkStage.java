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
 * The link stage as it was before it kept indexes: every batch decides everything again over
 * every article ({@link #decide}). The test oracle of {@link LinkStage}, which must give the
 * same batches.
 */
final class FullLinkStage {
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

  FullLinkStage(ReadForms store) {
    this.store = store;
  }

  /** What the link stage decided, over every article. */
  private record Decisions(Map<String, Map<Node, Node>> people, Map<Node, Node> events,
                           Map<Node, String> labels, Set<Node> variants,
                           Map<String, String> signatures, Set<Triple> links) {}

  /** The batch, linked to the store and to itself; the last of two copies of an article wins. */
  synchronized LinkedBatch link(Collection<ArticleGraph> batch) {
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
        // the view is derived as the stage derives it: the oracle checks the decisions
        views.put(article, LinkStage.view(read,
            decisions.people().getOrDefault(article, Map.of()), decisions.events(),
            decisions.labels()::get));
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
    Map<String, Map<Node, Node>> people = decidePeople(all);
    Map<Node, Node> events = decideEvents(all, people);
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
        links.add(Triple.create(NodeFactory.createURI(a.article() + "#" + LinkIndex.localPath(from)),
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

  /** PersonLinker's decision over every article at once, as it was. */
  private Map<String, Map<Node, Node>> decidePeople(Collection<ArticleFacts> articles) {
    Map<String, Map<Node, PersonLinker.FullName>> fullNames = new TreeMap<>();
    for (ArticleFacts a : articles) {
      a.people().forEach((person, p) -> {
        List<String> words = personLinker.wordsOf(p.label());
        if (words.size() >= 2) {
          Map<Node, PersonLinker.FullName> ofSurname = fullNames.computeIfAbsent(
              words.get(words.size() - 1), k -> new TreeMap<>(ArticleFacts::compare));
          PersonLinker.FullName known = ofSurname.get(person);
          String label = known == null || p.label().compareTo(known.label()) < 0 ? p.label()
              : known.label();
          List<ArticleFacts.Person> mentions = known == null ? new ArrayList<>()
              : known.mentions();
          mentions.add(p);
          ofSurname.put(person, new PersonLinker.FullName(label, mentions));
        }
      });
    }
    Map<String, Map<Node, Node>> out = new TreeMap<>();
    for (ArticleFacts a : articles) {
      a.people().forEach((person, p) -> {
        List<String> words = personLinker.wordsOf(p.label());
        if (words.size() == 1) {
          Map<Node, PersonLinker.FullName> candidates =
              fullNames.getOrDefault(words.get(0), Map.of());
          // the full names of that surname the same article gives
          Set<Node> coMentioned = new HashSet<>();
          a.people().forEach((other, o) -> {
            List<String> w = personLinker.wordsOf(o.label());
            if (w.size() >= 2 && w.get(w.size() - 1).equals(words.get(0))) {
              coMentioned.add(other);
            }
          });
          Node target = candidates.isEmpty() ? null
              : personLinker.chooseFullName(p, candidates, coMentioned);
          if (target != null && !target.equals(person)) {
            out.computeIfAbsent(a.article(), k -> new TreeMap<>(ArticleFacts::compare))
                .put(person, target);
          }
        }
      });
    }
    return out;
  }

  /** EventLinker's decision over every article at once, as it was. */
  private Map<Node, Node> decideEvents(Collection<ArticleFacts> articles,
                                       Map<String, Map<Node, Node>> people) {
    Map<String, List<EventLinker.Member>> byKey = new TreeMap<>();
    for (ArticleFacts a : articles) {
      Map<Node, Node> renamed = people.getOrDefault(a.article(), Map.of());
      a.events().forEach((event, e) -> {
        Set<Node> participants = new HashSet<>();
        for (Node p : e.participants()) {
          participants.add(renamed.getOrDefault(p, p));
        }
        byKey.computeIfAbsent(e.key(), k -> new ArrayList<>())
            .add(new EventLinker.Member(a.article(), event, participants));
      });
    }
    Map<Node, Node> out = new TreeMap<>(ArticleFacts::compare);
    for (List<EventLinker.Member> members : byKey.values()) {
      out.putAll(eventLinker.decide(members));
    }
    return out;
  }
}
