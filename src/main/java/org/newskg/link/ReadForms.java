package org.newskg.link;

import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;

/**
 * What the link stage reads of a store: every stored article's graph as it was read (before
 * linking), and a count of the linked batches the store has committed, which tells the stage
 * whether what it knows is still what the store holds.
 */
public interface ReadForms {
  /** Calls {@code action} with each stored article's IRI and its graph as read. */
  void forEachReadForm(BiConsumer<String, Graph> action);

  /** A stored article's graph as read, or null when the store does not hold the article. */
  Graph readForm(String articleIri);

  /** How many linked batches the store has committed since it was opened. */
  long generation();
}
