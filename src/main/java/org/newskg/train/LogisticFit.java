package org.newskg.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * L2-regularised logistic regression over string features (CoreNLP's
 * {@link LinearClassifierFactory}), as the weights of the models newskg ships: the weight of a
 * feature is its log-odds for the positive label.
 */
final class LogisticFit {
  private static final String YES = "yes";
  private static final String NO = "no";

  /** One example: its features and whether it is positive. */
  record Example(List<String> features, boolean positive) {}

  private LogisticFit() {}

  /** The features' weights; features that carry none are left out. */
  static Map<String, Double> weights(Iterable<Example> examples, double sigma) {
    Dataset<String, String> data = new Dataset<>();
    for (Example e : examples) {
      data.add(new BasicDatum<>(e.features(), e.positive() ? YES : NO));
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> classifier = factory.trainClassifier(data);
    Map<String, Double> weights = new HashMap<>();
    for (String f : classifier.features()) {
      double w = classifier.weight(f, YES) - classifier.weight(f, NO);
      if (w != 0) {
        weights.put(f, w);
      }
    }
    return weights;
  }
}
