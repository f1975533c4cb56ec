/**
 * Load harness for a running server, apart from the server itself: takes an endpoint's URL
 * (and a token for live ingestion), gives throughput and latency figures ({@link
 * org.newskg.bench.LoadBenchmark}: concurrent readers of one query; {@link
 * org.newskg.bench.MixedLoad}: every canned query of {@code queries/}, ad-hoc SPARQL and
 * generated articles POSTed by one writer). Used by {@code newskg bench-server}.
 */
package org.newskg.bench;
