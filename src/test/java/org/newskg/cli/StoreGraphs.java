package org.newskg.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.rdf.NKG;
import org.newskg.store.KnowledgeStore;

/** Each article graph of a store, by name, copied out of it: to compare stores graph by graph. */
final class StoreGraphs {
  private StoreGraphs() {}

  /** @throws IllegalStateException when a triple lies outside the graphs and the bookkeeping */
  static Map<String, Graph> read(Path store) {
    try (KnowledgeStore s = KnowledgeStore.open(store)) {
      return Txn.calculateRead(s.datasetGraph(), () -> {
        Map<String, Graph> graphs = new HashMap<>();
        Iterator<Quad> it = s.datasetGraph().find();
        while (it.hasNext()) {
          Quad q = it.next();
          if (q.isDefaultGraph()) {
            // the store's bookkeeping: each article's graph as read, and the store's layout
            if (q.getPredicate().equals(NKG.readAs.asNode())
                || q.getPredicate().equals(NKG.storeLayout.asNode())) {
              continue;
            }
            throw new IllegalStateException("a triple outside the article graphs: " + q);
          }
          if (q.getGraph().getURI().equals(NKG.STATISTICS_GRAPH)) {
            continue;  // the counts the store keeps of the article graphs, not one of them
          }
          graphs.computeIfAbsent(q.getGraph().getURI(), k -> GraphFactory.createDefaultGraph())
              .add(q.asTriple());
        }
        return graphs;
      });
    }
  }
}
