package org.newskg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.rdf.NKG;

/**
 * The layout of a store's graphs, recorded in the store ({@link NKG#storeLayout} in its default
 * graph) so that a newskg that reads another layout says so instead of misreading it. A new
 * store gets {@link KnowledgeStore#LAYOUT}; a store without a layout is of layout 1 and is
 * converted on open, once: each article graph, already linked in place, is taken as the graph
 * as read (the links graph starts empty and fills as articles are written again); a store of a
 * later layout is refused.
 */
final class StoreLayout {
  private static final Node STORE = NodeFactory.createURI(NKG.STORE);
  private static final Node LAYOUT = NKG.storeLayout.asNode();

  private StoreLayout() {}

  /**
   * Checks, records or converts the layout of an open store; a conversion of a store that holds
   * articles is told to {@code notices}, in one line.
   */
  static void check(DatasetGraph dsg, Path directory, Consumer<String> notices) {
    Integer layout = Txn.calculateRead(dsg, () -> of(dsg));
    if (layout != null && layout == KnowledgeStore.LAYOUT) {
      return;
    }
    if (layout != null && layout > KnowledgeStore.LAYOUT) {
      throw new StoreException("store " + directory + " has layout " + layout
          + ", written by a later newskg; this one reads layout " + KnowledgeStore.LAYOUT
          + ": open it with that newskg, or export it there and ingest again");
    }
    if (layout != null && layout < 1) {
      throw new StoreException("store " + directory + " records layout " + layout
          + ", which no newskg writes");
    }
    int converted = Txn.calculateWrite(dsg, () -> {
      int articles = layout == null ? convertFromLayout1(dsg) : 0;
      dsg.getDefaultGraph().remove(STORE, LAYOUT, Node.ANY);
      dsg.getDefaultGraph().add(STORE, LAYOUT, NodeFactory.createLiteralDT(
          Integer.toString(KnowledgeStore.LAYOUT), XSDDatatype.XSDinteger));
      return articles;
    });
    // a new store has no layout either: only a store with articles was converted
    if (converted > 0) {
      notices.accept("store " + directory + " was written by an earlier newskg (layout 1): "
          + "converted to layout " + KnowledgeStore.LAYOUT + ", once (" + converted
          + (converted == 1 ? " article" : " articles") + "; their links across articles are"
          + " decided again as articles are written)");
    }
  }

  /** The layout the store records, or null. */
  static Integer of(DatasetGraph dsg) {
    var it = dsg.getDefaultGraph().find(STORE, LAYOUT, Node.ANY);
    if (!it.hasNext()) {
      return null;
    }
    Node value = it.next().getObject();
    try {
      return Integer.valueOf(value.getLiteralLexicalForm());
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /**
   * Each article graph (one with a content hash) becomes its own graph as read.
   *
   * @return how many articles the store holds
   */
  private static int convertFromLayout1(DatasetGraph dsg) {
    List<Node> articles = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, NKG.contentHash.asNode(), Node.ANY).forEachRemaining(q -> {
      if (q.getGraph().equals(q.getSubject())) {
        articles.add(q.getGraph());
      }
    });
    Node readAs = NKG.readAs.asNode();
    for (Node article : articles) {
      Graph read = GraphFactory.createDefaultGraph();
      dsg.getGraph(article).find().forEachRemaining(read::add);
      dsg.getDefaultGraph().add(Triple.create(article, readAs, ReadGraphs.encode(read)));
    }
    return articles.size();
  }
}
