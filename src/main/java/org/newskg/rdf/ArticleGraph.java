package org.newskg.rdf;

import org.apache.jena.graph.Graph;

/**
 * The triples of one article, to be stored as one named graph.
 *
 * @param articleIri  the article's IRI, which is also the graph name
 * @param contentHash SHA-256 of the normalized body (lets a re-ingest skip it)
 * @param statements  how many statements it holds (for the ingest summary)
 * @param actors      how many people, organizations and countries it mentions
 */
public record ArticleGraph(String articleIri, String contentHash, Graph graph, int statements,
                           int actors) {}
