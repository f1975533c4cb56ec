/**
 * Loading the output of the Spark job ({@code newskg spark-ingest}, in the {@code spark/}
 * module): takes the job's output directory ({@link org.newskg.load.JobOutput}: per-article
 * N-Quads, a manifest of article ids and content hashes, the inputs that failed); gives a store
 * holding what an ingest of the same input gives ({@link org.newskg.load.BulkLoader}).
 */
package org.newskg.load;
