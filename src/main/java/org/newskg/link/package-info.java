/**
 * The link stage: identity across articles, decided in one place. Takes an article's RDF graph
 * and the store it is about to join (inside the store's write transaction); gives the graph to
 * store, with people joined to the full names they are, labels kept as the store has them and
 * events joined to the stored events they are ({@link org.newskg.link.Linker}). It works on the
 * RDF graph, so it comes after {@code rdf} in the chain.
 */
package org.newskg.link;
