/**
 * Reading the store. Takes a store (or a SPARQL endpoint) and the canned queries of
 * {@code queries/} with their parameters bound; gives rows ({@link org.newskg.query.SaidRow},
 * {@link org.newskg.query.EventRow}, {@link org.newskg.query.EntityRow}) and the GDELT event
 * export.
 */
package org.newskg.query;
