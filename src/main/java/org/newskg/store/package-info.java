/**
 * The TDB2 store: open, write, read, compact, stats. Takes batches of {@code rdf.ArticleGraph}s,
 * each written in one transaction as the named graph of its article after the link stage
 * ({@code link.Linker}) has joined its people and events to those stored, and keeps per-entity
 * counts in a statistics graph. Gives the dataset (union default graph) to the queries, the
 * server and export.
 */
package org.newskg.store;
