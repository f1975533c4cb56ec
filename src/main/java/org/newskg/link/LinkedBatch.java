package org.newskg.link;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * What the link stage gives the store for one batch: the graphs as read of the batch's articles
 * (kept, so that their views can be derived again when what other articles say changes), the
 * views to store under article IRIs (the batch's articles and the stored articles whose view the
 * batch changed), and the triples of the links graph to remove and to add.
 */
public record LinkedBatch(Map<String, Graph> readForms, Map<String, Graph> views,
                          List<Triple> linksRemoved, List<Triple> linksAdded) {
  public LinkedBatch {
    readForms = Map.copyOf(readForms);
    views = Map.copyOf(views);
    linksRemoved = List.copyOf(linksRemoved);
    linksAdded = List.copyOf(linksAdded);
  }

  public boolean isEmpty() {
    return readForms.isEmpty() && views.isEmpty() && linksRemoved.isEmpty()
        && linksAdded.isEmpty();
  }
}
