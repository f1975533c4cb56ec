/**
 * Scoring against gold files: takes newskg's quotes or events and a gold JSONL file; gives the
 * metrics of the reference scripts ({@link org.newskg.eval.QuoteScorer},
 * {@link org.newskg.eval.EventScorer}).
 */
package org.newskg.eval;
