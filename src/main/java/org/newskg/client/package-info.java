/**
 * The HTTP client of a running server's live ingestion: takes articles read by {@code source}
 * and POSTs them to {@code /newskg/articles}, gives the server's report. Used by {@code newskg
 * ingest --server}.
 */
package org.newskg.client;
