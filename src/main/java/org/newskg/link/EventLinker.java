package org.newskg.link;

import java.util.ArrayList;
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
  /** An event as one article reports it. */
  record Member(String article, Node event, Set<Node> participants) {}

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

  /**
   * The events of one type and day, each as an article reports it with its participants as the
   * people linker resolved them, in the order of their articles' IRIs: each that is another
   * article's event, to that event's IRI. Events of other types and days play no part, so the
   * link stage decides again only the types and days a batch touches.
   */
  Map<Node, Node> decide(List<Member> members) {
    Map<Node, Node> out = new TreeMap<>(ArticleFacts::compare);
    if (members.size() < 2) {
      return out;
    }
    members = new ArrayList<>(members);
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
    return out;
  }
}
