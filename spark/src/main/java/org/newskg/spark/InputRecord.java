package org.newskg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import org.newskg.source.Article;

/**
 * What reading gives, as it travels between executors: an article where it was read, or an
 * input that could not be read ({@code failure} set). Texts read more than once are merged
 * into the first one read ({@link #merge}), as an ingest analyzes a repeated text once.
 *
 * @param file     the index of its file among the job's input files
 * @param index    its index within the file
 * @param repeats  the same text read later in the input (an ArrayList: it is serialized)
 * @param failure  why the input failed, or null for an article
 */
public record InputRecord(long file, long index, String id, String url, String headline,
                          String publisher, String published, String text, String origin,
                          String author, ArrayList<Repeat> repeats, String failure)
    implements Serializable {

  /** The same text read again: where, and under which headline. */
  public record Repeat(long file, long index, String origin, String headline)
      implements Serializable {}

  private static final Comparator<InputRecord> ORDER =
      Comparator.comparingLong(InputRecord::file).thenComparingLong(InputRecord::index);

  static Comparator<InputRecord> order() {
    return ORDER;
  }

  static InputRecord of(long file, long index, Article a) {
    return new InputRecord(file, index, a.id(), a.url(), a.headline(), a.publisher(),
        a.published(), a.text(), a.origin(), a.author(), new ArrayList<>(), null);
  }

  static InputRecord failed(long file, long index, String origin, String reason) {
    return new InputRecord(file, index, null, null, null, null, null, "", origin, null,
        new ArrayList<>(), reason);
  }

  Article article() {
    return new Article(id, url, headline, publisher, published, text, origin, author);
  }

  /**
   * One record for a text read twice: the one read first, with the other and its repeats as
   * repeats. Commutative and associative, so Spark may merge in any order.
   */
  static InputRecord merge(InputRecord a, InputRecord b) {
    InputRecord first = ORDER.compare(a, b) <= 0 ? a : b;
    InputRecord other = first == a ? b : a;
    ArrayList<Repeat> all = new ArrayList<>(first.repeats);
    all.addAll(other.repeats);
    all.add(new Repeat(other.file, other.index, other.origin, other.headline));
    all.sort(Comparator.comparingLong(Repeat::file).thenComparingLong(Repeat::index));
    return new InputRecord(first.file, first.index, first.id, first.url, first.headline,
        first.publisher, first.published, first.text, first.origin, first.author, all, null);
  }
}
