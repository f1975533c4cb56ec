package org.newskg.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newskg.attribute.SpeakerRanker;
import org.newskg.train.AttributionExamples.Candidate;
import org.newskg.train.AttributionExamples.QuoteExample;

/**
 * Trains the speaker ranker: L2-regularised logistic regression
 * ({@link LogisticFit}) over every candidate of every example quote, then a
 * threshold chosen on cross-validated probabilities. Deterministic for a given seed.
 */
public final class SpeakerRankerTrainer {

  private final double sigma;

  /** @param sigma the Gaussian prior's standard deviation (smaller: stronger regularisation) */
  public SpeakerRankerTrainer(double sigma) {
    this.sigma = sigma;
  }

  /** Speaker figures as score.py counts them, on the quotes that were found. */
  public record Scores(int attributable, int correct, int attributed, int termsAttributed) {
    public double accuracy() {
      return attributable == 0 ? 0 : (double) correct / attributable;
    }

    public double precision() {
      int n = attributed + termsAttributed;
      return n == 0 ? 0 : (double) correct / n;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "accuracy %.3f (%d/%d), precision %.3f (%d/%d)",
          accuracy(), correct, attributable, precision(), correct, attributed + termsAttributed);
    }
  }

  /** A model from the examples, with {@code threshold}. */
  public SpeakerRanker train(List<QuoteExample> examples, double threshold) {
    List<LogisticFit.Example> data = new ArrayList<>();
    for (QuoteExample q : examples) {
      for (Candidate c : q.candidates()) {
        data.add(new LogisticFit.Example(c.features(), c.speaker()));
      }
    }
    return new SpeakerRanker(LogisticFit.weights(data, sigma), threshold);
  }

  /** The best candidate's probability for each quote (-1 without candidates) and its label. */
  public record Best(double probability, boolean speaker) {}

  public static Best best(SpeakerRanker ranker, QuoteExample q) {
    double bestP = -1;
    boolean label = false;
    for (Candidate c : q.candidates()) {
      double p = ranker.probability(c.features());
      if (p > bestP) {
        bestP = p;
        label = c.speaker();
      }
    }
    return new Best(bestP, label);
  }

  public static Scores score(List<QuoteExample> quotes, List<Best> best, double threshold) {
    int attributable = 0;
    int correct = 0;
    int attributed = 0;
    int terms = 0;
    for (int i = 0; i < quotes.size(); i++) {
      QuoteExample q = quotes.get(i);
      Best b = best.get(i);
      boolean named = b.probability() >= threshold;
      if (!q.attributable()) {
        terms += named ? 1 : 0;
        continue;
      }
      attributable++;
      if (named) {
        attributed++;
        correct += b.speaker() ? 1 : 0;
      }
    }
    return new Scores(attributable, correct, attributed, terms);
  }

  /** Out-of-fold best candidates: articles dealt into {@code folds} folds by a seeded shuffle. */
  public List<Best> crossValidate(List<QuoteExample> examples, int folds, long seed) {
    return heldOut(examples, foldOf(examples, folds, seed));
  }

  /** For each example, the model of the folds that did not see it. */
  public List<SpeakerRanker> crossValidateModels(List<QuoteExample> examples, int folds,
                                                 long seed) {
    java.util.function.Function<QuoteExample, String> fold = foldOf(examples, folds, seed);
    Map<String, SpeakerRanker> models = new HashMap<>();
    List<SpeakerRanker> out = new ArrayList<>();
    for (QuoteExample q : examples) {
      out.add(models.computeIfAbsent(fold.apply(q), f -> train(examples.stream()
          .filter(x -> !fold.apply(x).equals(f)).toList(), 0.5)));
    }
    return out;
  }

  private static java.util.function.Function<QuoteExample, String> foldOf(
      List<QuoteExample> examples, int folds, long seed) {
    List<String> articles = new ArrayList<>(new java.util.TreeSet<>(
        examples.stream().map(QuoteExample::article).toList()));
    Collections.shuffle(articles, new Random(seed));
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      foldOf.put(articles.get(i), i % folds);
    }
    return q -> String.valueOf(foldOf.get(q.article()));
  }

  /** Out-of-group best candidates, each group (a publisher, a fold) predicted by the rest. */
  public List<Best> heldOut(List<QuoteExample> examples,
                            java.util.function.Function<QuoteExample, String> group) {
    Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      byGroup.computeIfAbsent(group.apply(examples.get(i)), k -> new ArrayList<>()).add(i);
    }
    Best[] out = new Best[examples.size()];
    for (Map.Entry<String, List<Integer>> g : byGroup.entrySet()) {
      List<QuoteExample> train = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (!group.apply(examples.get(i)).equals(g.getKey())) {
          train.add(examples.get(i));
        }
      }
      SpeakerRanker model = train(train, 0.5);
      for (int i : g.getValue()) {
        out[i] = best(model, examples.get(i));
      }
    }
    return List.of(out);
  }

  /**
   * The threshold that maximises the F-measure of precision and accuracy with precision
   * weighted twice (F0.5): a missing speaker costs less than a wrong one.
   */
  public static double chooseThreshold(List<QuoteExample> quotes, List<Best> best) {
    double bestT = 0.5;
    double bestSum = -1;
    for (int k = 5; k <= 95; k++) {
      double t = k / 100.0;
      Scores s = score(quotes, best, t);
      double p = s.precision();
      double a = s.accuracy();
      double sum = p + a == 0 ? 0 : 1.25 * p * a / (0.25 * p + a);
      if (sum > bestSum + 1e-9) {
        bestSum = sum;
        bestT = t;
      }
    }
    return bestT;
  }
}
