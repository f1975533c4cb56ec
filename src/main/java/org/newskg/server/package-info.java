/**
 * {@code newskg serve}: Fuseki over the store (read-only SPARQL endpoint), the web page, and
 * live ingestion by HTTP POST with a token. Takes an open store; gives HTTP.
 */
package org.newskg.server;
