/**
 * The TDB2 store. Takes batches of {@code rdf.ArticleGraph}s, each written in one transaction as
 * the named graph of its article; links people and events across articles as it writes
 * ({@code PersonLinker}, {@code EventLinker}) and keeps per-entity counts in a statistics graph.
 * Gives the dataset (union default graph) to the queries, the server and export.
 */
package org.newskg.store;
