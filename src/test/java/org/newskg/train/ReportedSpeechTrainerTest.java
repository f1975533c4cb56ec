package org.newskg.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedSpeechTrainerTest {
  private final List<ReportedSpeechTrainer.Example> examples = new ArrayList<>();
  private final List<Double> probabilities = new ArrayList<>();

  private void add(int count, double p, boolean statement) {
    for (int i = 0; i < count; i++) {
      examples.add(new ReportedSpeechTrainer.Example("a" + examples.size(), "wire", "say",
          "content", List.of(), statement));
      probabilities.add(p);
    }
  }

  private double choose() {
    return ReportedSpeechTrainer.chooseThreshold(examples,
        probabilities.stream().mapToDouble(Double::doubleValue).toArray(), 1.0);
  }

  @Test
  void aSingleBestThresholdBesideAFlatStretchLosesToTheStretch() {
    // F1 is 0.976 from 0.11 to 0.56, 1.0 at 0.57 alone, 0.947 above: the plain maximum is a
    // spike one step wide that any change to the candidates could move
    add(90, 0.9, true);
    add(10, 0.57, true);
    add(5, 0.56, false);
    add(50, 0.1, false);
    double t = choose();
    assertTrue(t > 0.10 && t < 0.57, "threshold " + t);
  }

  @Test
  void aWideBestStretchIsChosen() {
    // every threshold from 0.21 to 0.80 separates the two perfectly
    add(40, 0.8, true);
    add(40, 0.2, false);
    double t = choose();
    assertTrue(t > 0.20 && t <= 0.80, "threshold " + t);
    assertEquals(1.0, ReportedSpeechTrainer.score(examples,
        probabilities.stream().mapToDouble(Double::doubleValue).toArray(), t).precision());
  }
}
