package org.newskg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the link stage knows of a store's articles and what it decided from them, kept up to
 * date as articles arrive, change and leave. Every decision is local to a group: a
 * surname-only person is decided from the people of its surname ({@link PersonLinker}), an
 * event from the events of its type and day ({@link EventLinker}), a label from the articles
 * that label its node. So a change decides again only the groups the changed articles are in
 * (before and after the change), and the groups of the articles whose people those decisions
 * joined otherwise; what it gives is the same as deciding everything again over every article,
 * in any order the articles came in.
 */
final class LinkIndex {
  static {
    JenaSystem.init();
  }

  private static final Node LABEL = RDFS.label.asNode();
  private static final Node SAME_AS = OWL.sameAs.asNode();

  /** What a change gave: the articles whose view changed, and the change to the links. */
  record Change(Set<String> changed, List<Triple> linksRemoved, List<Triple> linksAdded) {}

  private final PersonLinker personLinker = new PersonLinker();
  private final EventLinker eventLinker = new EventLinker();

  /** What each article read, by article IRI. */
  private final Map<String, ArticleFacts> facts = new HashMap<>();
  /** By surname: each article's people named in full with that surname. */
  private final Map<String, Map<String, Map<Node, ArticleFacts.Person>>> fullNames =
      new HashMap<>();
  /** By surname: each article's people named by that surname alone. */
  private final Map<String, Map<String, Map<Node, ArticleFacts.Person>>> surnameOnly =
      new HashMap<>();
  /** By surname: what the people linker decided (article, surname-only person, full name). */
  private final Map<String, Map<String, Map<Node, Node>>> joinsBySurname = new HashMap<>();
  /** By article: its surname-only people joined to full names, over every surname. */
  private final Map<String, Map<Node, Node>> joins = new HashMap<>();
  /** By type and day: each article's events. */
  private final Map<String, Map<String, Map<Node, ArticleFacts.Event>>> eventsByKey =
      new HashMap<>();
  /** By type and day: what the event linker decided. */
  private final Map<String, Map<Node, Node>> eventJoinsByKey = new HashMap<>();
  /** Each event that is another article's event, to that event's IRI. */
  private final Map<Node, Node> events = new HashMap<>();
  /** By node: how many articles give it each label under its own IRI. */
  private final Map<Node, Map<String, Integer>> labelCounts = new HashMap<>();
  /** By node: the articles that label it under its own IRI. */
  private final Map<Node, Set<String>> labelledIn = new HashMap<>();
  /** By full-name person: the articles that join a surname-only person to it. */
  private final Map<Node, Set<String>> joinedIn = new HashMap<>();
  /** Each entity's one label, and the entities given more than one. */
  private final Map<Node, String> labels = new HashMap<>();
  private final Set<Node> variants = new HashSet<>();
  /** By article: the decisions its view depends on, as one string. */
  private final Map<String, String> signatures = new HashMap<>();
  /** The links graph, each triple with the number of decisions that state it. */
  private final Map<Triple, Integer> links = new HashMap<>();

  /** An article's surname-only people that are full-name people, to those. */
  Map<Node, Node> joins(String article) {
    return joins.getOrDefault(article, Map.of());
  }

  /** Each event that is another article's event, to that event's IRI. */
  Map<Node, Node> events() {
    return events;
  }

  /** An entity's one label: the one most articles give it, the least on a tie; or null. */
  String label(Node node) {
    return labels.get(node);
  }

  /**
   * Takes in what the given articles read now (null: the article is gone), replacing what they
   * read before, and decides again what that touches.
   */
  Change apply(Map<String, ArticleFacts> updates) {
    Map<Triple, Boolean> linkedBefore = new HashMap<>();
    Set<String> surnames = new HashSet<>();
    Set<String> keys = new HashSet<>();
    Map<String, ArticleFacts> before = new HashMap<>();
    updates.forEach((article, now) -> {
      ArticleFacts old = facts.remove(article);
      before.put(article, old);
      if (old != null) {
        unindex(old, surnames, keys);
      }
      if (now != null) {
        facts.put(article, now);
        index(now, surnames, keys);
      }
    });

    // people: each surname touched, decided again over all its people
    Map<String, Map<String, Map<Node, Node>>> decided = new HashMap<>();
    Set<String> rejoined = new HashSet<>();
    for (String surname : surnames) {
      Map<String, Map<Node, Node>> now = personLinker.decide(
          fullNames.getOrDefault(surname, Map.of()), surnameOnly.getOrDefault(surname, Map.of()));
      Map<String, Map<Node, Node>> was = joinsBySurname.getOrDefault(surname, Map.of());
      if (!now.equals(was)) {
        decided.put(surname, now);
        Set<String> articles = new HashSet<>(was.keySet());
        articles.addAll(now.keySet());
        for (String a : articles) {
          if (!Objects.equals(was.get(a), now.get(a))) {
            rejoined.add(a);
          }
        }
      }
    }
    Set<String> touched = new TreeSet<>(updates.keySet());
    touched.addAll(rejoined);
    Set<Node> relabelled = new HashSet<>();
    for (String a : touched) {
      ArticleFacts old = before.containsKey(a) ? before.get(a) : facts.get(a);
      if (old != null) {
        count(a, old, joins(a), -1, relabelled, linkedBefore);
      }
    }
    // every old join of the surnames decided again goes before any new one comes: a person of
    // a changed article may have changed surname
    decided.forEach((surname, now) -> joinsBySurname.getOrDefault(surname, Map.of())
        .forEach((a, was) -> {
          Map<Node, Node> all = joins.get(a);
          if (all != null) {
            was.keySet().forEach(all::remove);
            if (all.isEmpty()) {
              joins.remove(a);
            }
          }
        }));
    decided.forEach((surname, now) -> {
      now.forEach((a, joined) -> joins.computeIfAbsent(a,
          k -> new TreeMap<>(ArticleFacts::compare)).putAll(joined));
      if (now.isEmpty()) {
        joinsBySurname.remove(surname);
      } else {
        joinsBySurname.put(surname, now);
      }
    });
    for (String a : touched) {
      ArticleFacts now = facts.get(a);
      if (now != null) {
        count(a, now, joins(a), +1, relabelled, linkedBefore);
      }
    }

    // labels: each node whose counts changed
    Set<Node> labelChanged = new HashSet<>();
    for (Node node : relabelled) {
      String oldLabel = labels.get(node);
      boolean oldVariant = variants.contains(node);
      Map<String, Integer> byLabel = labelCounts.get(node);
      String best = null;
      int most = 0;
      if (byLabel != null) {
        for (Map.Entry<String, Integer> e : byLabel.entrySet()) {
          if (e.getValue() > most) {
            best = e.getKey();
            most = e.getValue();
          }
        }
      }
      boolean variant = byLabel != null && byLabel.size() > 1;
      if (best == null) {
        labels.remove(node);
      } else {
        labels.put(node, best);
      }
      if (variant) {
        variants.add(node);
      } else {
        variants.remove(node);
      }
      if (!Objects.equals(oldLabel, best) || oldVariant != variant) {
        labelChanged.add(node);
        if (oldVariant) {
          link(labelTriple(node, oldLabel), -1, linkedBefore);
        }
        if (variant) {
          link(labelTriple(node, best), +1, linkedBefore);
        }
      }
    }

    // events: each type and day touched, or with a participant whose join changed
    for (String a : rejoined) {
      ArticleFacts f = facts.get(a);
      if (f != null) {
        f.events().values().forEach(e -> keys.add(e.key()));
      }
    }
    Set<String> moved = new HashSet<>();
    Map<String, Map<Node, Node>> eventsDecided = new HashMap<>();
    for (String key : keys) {
      List<EventLinker.Member> members = new ArrayList<>();
      Map<Node, String> articleOf = new HashMap<>();
      eventsByKey.getOrDefault(key, Map.of()).forEach((a, byEvent) -> {
        Map<Node, Node> joined = joins(a);
        byEvent.forEach((event, e) -> {
          Set<Node> participants = new HashSet<>();
          for (Node p : e.participants()) {
            participants.add(joined.getOrDefault(p, p));
          }
          members.add(new EventLinker.Member(a, event, participants));
          articleOf.put(event, a);
        });
      });
      Map<Node, Node> now = eventLinker.decide(members);
      Map<Node, Node> was = eventJoinsByKey.getOrDefault(key, Map.of());
      if (!now.equals(was)) {
        eventsDecided.put(key, now);
        Set<Node> all = new HashSet<>(was.keySet());
        all.addAll(now.keySet());
        for (Node e : all) {
          if (!Objects.equals(was.get(e), now.get(e)) && articleOf.containsKey(e)) {
            moved.add(articleOf.get(e));
          }
        }
      }
    }
    // every old join goes before any new one comes: an event may have changed type or day
    eventsDecided.forEach((key, now) -> eventJoinsByKey.getOrDefault(key, Map.of())
        .forEach((from, to) -> {
          events.remove(from);
          link(Triple.create(from, SAME_AS, to), -1, linkedBefore);
        }));
    eventsDecided.forEach((key, now) -> {
      now.forEach((from, to) -> {
        events.put(from, to);
        link(Triple.create(from, SAME_AS, to), +1, linkedBefore);
      });
      if (now.isEmpty()) {
        eventJoinsByKey.remove(key);
      } else {
        eventJoinsByKey.put(key, now);
      }
    });

    // the views to derive again: the changed articles and those whose decisions changed
    Set<String> candidates = new HashSet<>(touched);
    candidates.addAll(moved);
    for (Node node : labelChanged) {
      candidates.addAll(labelledIn.getOrDefault(node, Set.of()));
      candidates.addAll(joinedIn.getOrDefault(node, Set.of()));
    }
    Set<String> changed = new TreeSet<>();
    updates.forEach((article, now) -> {
      if (now != null) {
        changed.add(article);
      }
    });
    for (String a : candidates) {
      ArticleFacts f = facts.get(a);
      if (f == null) {
        signatures.remove(a);
        continue;
      }
      String signature = signature(f);
      if (!signature.equals(signatures.put(a, signature))) {
        changed.add(a);
      }
    }
    List<Triple> removed = new ArrayList<>();
    List<Triple> added = new ArrayList<>();
    linkedBefore.forEach((t, was) -> {
      boolean now = links.containsKey(t);
      if (was && !now) {
        removed.add(t);
      } else if (!was && now) {
        added.add(t);
      }
    });
    return new Change(changed, removed, added);
  }

  private void index(ArticleFacts f, Set<String> surnames, Set<String> keys) {
    f.people().forEach((person, p) -> {
      List<String> words = personLinker.wordsOf(p.label());
      if (words.isEmpty()) {
        return;
      }
      String surname = words.get(words.size() - 1);
      (words.size() >= 2 ? fullNames : surnameOnly)
          .computeIfAbsent(surname, k -> new TreeMap<>())
          .computeIfAbsent(f.article(), k -> new TreeMap<>(ArticleFacts::compare))
          .put(person, p);
      surnames.add(surname);
    });
    f.events().forEach((event, e) -> {
      eventsByKey.computeIfAbsent(e.key(), k -> new TreeMap<>())
          .computeIfAbsent(f.article(), k -> new TreeMap<>(ArticleFacts::compare))
          .put(event, e);
      keys.add(e.key());
    });
  }

  private void unindex(ArticleFacts f, Set<String> surnames, Set<String> keys) {
    f.people().values().forEach(p -> {
      List<String> words = personLinker.wordsOf(p.label());
      if (!words.isEmpty()) {
        String surname = words.get(words.size() - 1);
        removeArticle(words.size() >= 2 ? fullNames : surnameOnly, surname, f.article());
        surnames.add(surname);
      }
    });
    f.events().values().forEach(e -> {
      removeArticle(eventsByKey, e.key(), f.article());
      keys.add(e.key());
    });
  }

  private static <V> void removeArticle(Map<String, Map<String, V>> index, String key,
                                        String article) {
    Map<String, V> byArticle = index.get(key);
    if (byArticle != null) {
      byArticle.remove(article);
      if (byArticle.isEmpty()) {
        index.remove(key);
      }
    }
  }

  /**
   * Adds ({@code sign} +1) or takes away (-1) what one article says of labels (each node it
   * labels under its own IRI) and of people (the links of its joins).
   */
  private void count(String article, ArticleFacts f, Map<Node, Node> joined, int sign,
                     Set<Node> relabelled, Map<Triple, Boolean> linkedBefore) {
    f.labels().forEach((node, label) -> {
      if (joined.containsKey(node)) {
        return;
      }
      relabelled.add(node);
      if (sign > 0) {
        labelCounts.computeIfAbsent(node, k -> new TreeMap<>()).merge(label, 1, Integer::sum);
        labelledIn.computeIfAbsent(node, k -> new HashSet<>()).add(article);
      } else {
        Map<String, Integer> byLabel = labelCounts.get(node);
        byLabel.merge(label, -1, (a, b) -> a + b == 0 ? null : a + b);
        if (byLabel.isEmpty()) {
          labelCounts.remove(node);
        }
        removeFrom(labelledIn, node, article);
      }
    });
    joined.forEach((from, to) -> {
      link(Triple.create(NodeFactory.createURI(article + "#" + localPath(from)), SAME_AS, to),
          sign, linkedBefore);
      if (sign > 0) {
        joinedIn.computeIfAbsent(to, k -> new HashSet<>()).add(article);
      } else {
        removeFrom(joinedIn, to, article);
      }
    });
  }

  private static void removeFrom(Map<Node, Set<String>> index, Node node, String article) {
    Set<String> articles = index.get(node);
    if (articles != null) {
      articles.remove(article);
      if (articles.isEmpty()) {
        index.remove(node);
      }
    }
  }

  /** One more or one less decision stating a triple of the links graph. */
  private void link(Triple t, int delta, Map<Triple, Boolean> linkedBefore) {
    linkedBefore.putIfAbsent(t, links.containsKey(t));
    links.merge(t, delta, (a, b) -> a + b == 0 ? null : a + b);
  }

  private static Triple labelTriple(Node node, String label) {
    return Triple.create(node, LABEL, NodeFactory.createLiteralString(label));
  }

  /** The decisions an article's view depends on: its joins, its events', its labels'. */
  private String signature(ArticleFacts f) {
    Map<Node, Node> joined = joins(f.article());
    StringBuilder s = new StringBuilder();
    joined.forEach((from, to) ->
        s.append(from).append('>').append(to).append('=').append(labels.get(to)).append('\n'));
    f.events().keySet().forEach(e -> {
      Node to = events.get(e);
      if (to != null) {
        s.append(e).append('>').append(to).append('\n');
      }
    });
    f.labels().keySet().forEach(node -> {
      if (variants.contains(node) && !joined.containsKey(node)) {
        s.append(node).append('=').append(labels.get(node)).append('\n');
      }
    });
    return s.toString();
  }

  /** "…/person/okafor" → "person/okafor": the link of a person as one article names it. */
  static String localPath(Node node) {
    String iri = node.getURI();
    int last = iri.lastIndexOf('/');
    int before = last > 0 ? iri.lastIndexOf('/', last - 1) : -1;
    return before >= 0 ? iri.substring(before + 1) : iri;
  }
}
