/**
 * The ingest pipeline: source, then analysis on worker threads (extract, resolve, attribute,
 * event, rdf per article), then the store, in batches. Takes paths and options; gives an
 * {@link org.newskg.ingest.IngestReport} (counts, timings, the problems of each input) and
 * progress to an {@link org.newskg.ingest.IngestListener}.
 */
package org.newskg.ingest;
