package org.newskg.store;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.NKG;

/**
 * The pairs of entities named in the same articles, with in how many, kept in the statistics
 * graph for {@code co-mentioned.rq}: counting them at request time means pairing every entity
 * of every article. Only the most frequent pairs are kept: every pair whose count reaches the
 * store's floor ({@link NKG#coMentionFloor}), the highest count that at least {@link #ENOUGH}
 * pairs reach. So the query's first pages are always among them, and it reads a few rows
 * instead of every pair.
 *
 * <p>A write recounts the pairs of the entities it touched (a pair's count changes only
 * then), keeps those at the floor or above, and raises the floor while enough pairs are above
 * it. Only when too few pairs are left at the floor (articles replaced by versions naming
 * others) are all pairs counted again from the articles, under a lower floor.
 */
final class CoMentions {
  /** Two pages of {@code co-mentioned.rq}: the least number of pairs kept. */
  static final int ENOUGH = 100;

  private static final Node GRAPH = NodeFactory.createURI(NKG.STATISTICS_GRAPH);
  private static final Node TYPE = RDF.type.asNode();
  private static final Node CO_MENTION = NKG.CoMention.asNode();
  private static final Node FIRST = NKG.pairFirst.asNode();
  private static final Node SECOND = NKG.pairSecond.asNode();
  private static final Node SHARED = NKG.sharedArticleCount.asNode();
  private static final Node FLOOR = NKG.coMentionFloor.asNode();
  /** What the floor is said of. */
  private static final Node PAIRS = NodeFactory.createURI(NKG.STATISTICS_GRAPH + "/co-mentions");
  private static final Node MENTIONED_IN = NKG.mentionedIn.asNode();

  private final DatasetGraph dsg;

  CoMentions(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** True when the statistics graph has no floor: the pairs were never counted. */
  boolean missing() {
    return !dsg.find(GRAPH, PAIRS, FLOOR, Node.ANY).hasNext();
  }

  /** Counts every pair again, from every article; inside a write transaction. */
  void rebuild() {
    dsg.deleteAny(GRAPH, PAIRS, FLOOR, Node.ANY);
    for (Node pair : pairNodes()) {
      dsg.deleteAny(GRAPH, pair, Node.ANY, Node.ANY);
    }
    Map<Node, Set<Node>> byArticle = new HashMap<>();
    dsg.find(Node.ANY, Node.ANY, MENTIONED_IN, Node.ANY).forEachRemaining(q -> {
      if (q.getSubject().isURI()) {
        byArticle.computeIfAbsent(q.getObject(), a -> new HashSet<>()).add(q.getSubject());
      }
    });
    Map<List<Node>, Integer> counts = new HashMap<>();
    for (Set<Node> named : byArticle.values()) {
      List<Node> sorted = new ArrayList<>(named);
      sorted.sort((x, y) -> x.getURI().compareTo(y.getURI()));
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          counts.merge(List.of(sorted.get(i), sorted.get(j)), 1, Integer::sum);
        }
      }
    }
    int floor = floorFor(new ArrayList<>(counts.values()));
    counts.forEach((pair, n) -> {
      if (n >= floor) {
        put(pair.get(0), pair.get(1), n);
      }
    });
    dsg.add(GRAPH, PAIRS, FLOOR, integer(floor));
  }

  /** Recounts the pairs of the {@code entities} a write touched; inside its transaction. */
  void update(Set<Node> entities) {
    if (missing()) {
      rebuild();
      return;
    }
    int floor = Integer.parseInt(dsg.find(GRAPH, PAIRS, FLOOR, Node.ANY).next().getObject()
        .getLiteralLexicalForm());
    for (Node e : entities) {
      if (!e.isURI()) {
        continue;
      }
      for (Node pair : pairsOf(e)) {
        dsg.deleteAny(GRAPH, pair, Node.ANY, Node.ANY);
      }
    }
    Set<Node> done = new HashSet<>();
    for (Node e : entities) {
      if (!e.isURI()) {
        continue;
      }
      done.add(e);
      Set<Node> articles = new HashSet<>();
      dsg.find(Node.ANY, e, MENTIONED_IN, Node.ANY).forEachRemaining(q ->
          articles.add(q.getObject()));
      Map<Node, Set<Node>> shared = new HashMap<>();
      for (Node article : articles) {
        dsg.find(Node.ANY, Node.ANY, MENTIONED_IN, article).forEachRemaining(q -> {
          Node other = q.getSubject();
          if (other.isURI() && !other.equals(e)) {
            shared.computeIfAbsent(other, o -> new HashSet<>()).add(article);
          }
        });
      }
      shared.forEach((other, in) -> {
        // a pair of two touched entities is written once, by the first of them
        if (in.size() >= floor && !done.contains(other)) {
          boolean ordered = e.getURI().compareTo(other.getURI()) < 0;
          put(ordered ? e : other, ordered ? other : e, in.size());
        }
      });
    }
    Map<Node, Integer> kept = new HashMap<>();
    dsg.find(GRAPH, Node.ANY, SHARED, Node.ANY).forEachRemaining(q -> kept.put(q.getSubject(),
        Integer.parseInt(q.getObject().getLiteralLexicalForm())));
    if (kept.size() < ENOUGH && floor > 1) {
      rebuild(); // too few left: every pair counted again, under a lower floor
      return;
    }
    int raised = floorFor(new ArrayList<>(kept.values()));
    if (raised > floor) {
      kept.forEach((pair, n) -> {
        if (n < raised) {
          dsg.deleteAny(GRAPH, pair, Node.ANY, Node.ANY);
        }
      });
      dsg.deleteAny(GRAPH, PAIRS, FLOOR, Node.ANY);
      dsg.add(GRAPH, PAIRS, FLOOR, integer(raised));
    }
  }

  /** The highest count that {@link #ENOUGH} of these counts reach (1 when fewer are given). */
  private static int floorFor(List<Integer> counts) {
    if (counts.size() < ENOUGH) {
      return 1;
    }
    counts.sort(java.util.Comparator.reverseOrder());
    return Math.max(1, counts.get(ENOUGH - 1));
  }

  private List<Node> pairNodes() {
    List<Node> pairs = new ArrayList<>();
    dsg.find(GRAPH, Node.ANY, TYPE, CO_MENTION).forEachRemaining(q -> pairs.add(q.getSubject()));
    return pairs;
  }

  private List<Node> pairsOf(Node entity) {
    List<Node> pairs = new ArrayList<>();
    dsg.find(GRAPH, Node.ANY, FIRST, entity).forEachRemaining(q -> pairs.add(q.getSubject()));
    dsg.find(GRAPH, Node.ANY, SECOND, entity).forEachRemaining(q -> pairs.add(q.getSubject()));
    return pairs;
  }

  private void put(Node first, Node second, int shared) {
    String key = first.getURI() + " " + second.getURI();
    Node pair = NodeFactory.createURI(NKG.STATISTICS_GRAPH + "/pair-"
        + Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 32));
    dsg.add(new Quad(GRAPH, pair, TYPE, CO_MENTION));
    dsg.add(new Quad(GRAPH, pair, FIRST, first));
    dsg.add(new Quad(GRAPH, pair, SECOND, second));
    dsg.add(new Quad(GRAPH, pair, SHARED, integer(shared)));
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }
}
