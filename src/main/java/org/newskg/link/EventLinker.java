package org.newskg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;

/**
 * Joins the events articles report: events of different articles with the same type, the same
 * date and at least one participant in common are one event, under the IRI of the first of
 * them by IRI. Undated events are never joined. Each article keeps its own description of the
 * shared event (spans, sentence, trigger, inArticle), so every mention is kept.
 *
 * <p>The events of one type and day are taken in the order of their IRIs, whatever order the
 * articles came in: each joins the group it shares most participants with (the first such
 * group on a tie) that holds no event of its own article, or starts a group. Participants are
 * compared as the people linker resolved them, so a surname in one article and the full name
 * in another count as one participant.
 */
final class EventLinker {
  private record Member(String article, Node event, Set<Node> participants) {}

  private static final class Group {
    final Node canonical;
    final Set<Node> participants = new HashSet<>();
    final Set<String> articles = new HashSet<>();

    Group(Member first) {
      canonical = first.event();
      add(first);
    }

    void add(Member m) {
      participants.addAll(m.participants());
      articles.add(m.article());
    }
  }

  /** Each event that is another article's event, to that event's IRI. */
  Map<Node, Node> decide(Collection<ArticleFacts> articles,
                         Map<String, Map<Node, Node>> people) {
    Map<String, List<Member>> byKey = new TreeMap<>();
    for (ArticleFacts a : articles) {
      Map<Node, Node> renamed = people.getOrDefault(a.article(), Map.of());
      a.events().forEach((event, e) -> {
        Set<Node> participants = new HashSet<>();
        for (Node p : e.participants()) {
          participants.add(renamed.getOrDefault(p, p));
        }
        byKey.computeIfAbsent(e.key(), k -> new ArrayList<>())
            .add(new Member(a.article(), event, participants));
      });
    }
    Map<Node, Node> out = new TreeMap<>(ArticleFacts::compare);
    for (List<Member> members : byKey.values()) {
      if (members.size() < 2) {
        continue;
      }
      members.sort((x, y) -> ArticleFacts.compare(x.event(), y.event()));
      List<Group> groups = new ArrayList<>();
      for (Member m : members) {
        Group best = null;
        int bestShared = 0;
        for (Group g : groups) {
          if (g.articles.contains(m.article())) {
            continue;
          }
          int shared = 0;
          for (Node p : m.participants()) {
            if (g.participants.contains(p)) {
              shared++;
            }
          }
          if (shared > bestShared) {
            best = g;
            bestShared = shared;
          }
        }
        if (best == null) {
          groups.add(new Group(m));
        } else {
          best.add(m);
          out.put(m.event(), best.canonical);
        }
      }
    }
    return out;
  }
}
