package org.newskg.ingest;

import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent in each newskg stage, summed over all worker threads. */
public final class StageTimes {
  public final LongAdder annotation = new LongAdder();
  public final LongAdder attribution = new LongAdder();
  public final LongAdder events = new LongAdder();
  public final LongAdder mapping = new LongAdder();
  public final LongAdder store = new LongAdder();

  public double seconds(LongAdder stage) {
    return stage.sum() / 1e9;
  }
}
