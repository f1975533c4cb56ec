package org.newskg.attribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A logistic model over {@link SpeakerFeatures}: the probability that a candidate is the
 * quote's speaker, and the threshold below which the best candidate is not named. Made by
 * {@code newskg train attribution} ({@code SpeakerRankerTrainer}).
 */
public final class SpeakerRanker {
  /** Where the shipped model lives on the classpath. */
  public static final String SHIPPED = "/attribute/speaker-ranker.tsv";

  private final LogisticModel model;

  public SpeakerRanker(Map<String, Double> weights, double threshold) {
    this(new LogisticModel(weights, threshold));
  }

  private SpeakerRanker(LogisticModel model) {
    this.model = model;
  }

  /** The model shipped in the jar, if there is one. */
  public static Optional<SpeakerRanker> loadShipped() {
    return LogisticModel.loadResource(SHIPPED).map(SpeakerRanker::new);
  }

  public static SpeakerRanker read(InputStream in) throws IOException {
    return new SpeakerRanker(LogisticModel.read(in));
  }

  /** Writes the model in the format {@link #read} reads, features sorted. */
  public void write(Writer out, List<String> header) throws IOException {
    model.write(out, header);
  }

  public double probability(List<String> features) {
    return model.probability(features);
  }

  public double threshold() {
    return model.threshold();
  }
}
