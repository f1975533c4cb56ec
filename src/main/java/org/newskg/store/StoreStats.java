package org.newskg.store;

/** Counts over the whole store. */
public record StoreStats(long articles, long statements, long attributed, long people,
                         long organizations, long countries, long quads, long triples,
                         long bytesOnDisk) {}
