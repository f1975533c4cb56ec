package org.newskg.query;

import org.apache.jena.query.Query;

/**
 * Which rows of an answer to list: from {@code offset} on, at most {@code limit} (0: all).
 */
public record Page(long limit, long offset) {
  public static final Page ALL = new Page(0, 0);

  public Page {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("--offset must be 0 or more, not " + offset);
    }
  }

  /** {@code query} with this page's LIMIT and OFFSET (the query's own are replaced). */
  public Query apply(Query query) {
    if (limit > 0) {
      query.setLimit(limit);
    }
    if (offset > 0) {
      query.setOffset(offset);
    }
    return query;
  }
}
