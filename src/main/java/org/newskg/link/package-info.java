/**
 * The link stage: identity across articles, decided once, in one place, from what every stored
 * article read. Takes a batch of articles' RDF graphs as read and the store's graphs as read
 * ({@link org.newskg.link.ReadForms}); gives what to store ({@link org.newskg.link.LinkedBatch}):
 * the graphs as read, the view of each article whose view changed (people joined to the full
 * names they are, one label per entity, events joined across articles, name keys) and the
 * change to the links graph, which states the same decisions. Decisions depend on the set of
 * articles, never on their order ({@link org.newskg.link.LinkStage}). It works on RDF graphs,
 * so it comes after {@code rdf} in the chain, and before {@code store}, which writes what it
 * gives.
 */
package org.newskg.link;
