/**
 * The article as RDF. Takes an {@code event.AttributedArticle}; gives an
 * {@link org.newskg.rdf.ArticleGraph}: one graph per article in the newskg vocabulary
 * ({@link org.newskg.rdf.NKG}, IRIs by {@link org.newskg.rdf.IriScheme}), with the search keys
 * of its names ({@link org.newskg.rdf.NameKeys}). Also the SHACL check and the streamed JSON-LD
 * writer.
 */
package org.newskg.rdf;
