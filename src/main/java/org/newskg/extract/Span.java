package org.newskg.extract;

/** A character span into the article body, end exclusive, with the text it covers. */
public record Span(int begin, int end, String text) {
  public Span {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }
}
