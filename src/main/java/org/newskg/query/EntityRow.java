package org.newskg.query;

/**
 * One entity with its counts.
 *
 * @param type     "Person", "Organization" or "Country"
 * @param articles how many articles mention it
 * @param said     how many statements it made
 * @param about    how many statements are about it
 */
public record EntityRow(String entity, String label, String type, long articles, long said,
                        long about) {}
