/**
 * The TDB2 store: open, write, read, compact, stats. Takes what the link stage gives for a
 * batch ({@code link.LinkedBatch}: the articles' graphs as read, the views to store under
 * article IRIs, the change to the links graph) and writes it in one transaction, keeping
 * per-entity counts in a statistics graph; gives the link stage the graphs as read ({@code
 * link.ReadForms}). Records its layout and converts or refuses other layouts when opened
 * ({@link org.newskg.store.StoreLayout}). Gives the dataset (union default graph) to the
 * queries, the server and export.
 */
package org.newskg.store;
