package org.newskg.attribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A logistic model over string features, with the threshold its decision uses. The file is
 * text: "#" comment lines (how it was made), a "threshold TAB value" line, then one "feature
 * TAB weight" a line; {@code newskg train} writes it.
 */
public final class LogisticModel {
  private final Map<String, Double> weights;
  private final double threshold;

  public LogisticModel(Map<String, Double> weights, double threshold) {
    this.weights = Map.copyOf(weights);
    this.threshold = threshold;
  }

  /** The model at {@code resource} on the classpath, if there is one. */
  static Optional<LogisticModel> loadResource(String resource) {
    try (InputStream in = LogisticModel.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public static LogisticModel read(InputStream in) throws IOException {
    Map<String, Double> w = new HashMap<>();
    double t = 0.5;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String name = line.substring(0, tab);
      double value = Double.parseDouble(line.substring(tab + 1));
      if (name.equals("threshold")) {
        t = value;
      } else {
        w.put(name, value);
      }
    }
    return new LogisticModel(w, t);
  }

  /** Writes the model in the format {@link #read} reads, features sorted. */
  public void write(Writer out, List<String> header) throws IOException {
    for (String h : header) {
      out.write("# " + h + "\n");
    }
    out.write("threshold\t" + threshold + "\n");
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      out.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
  }

  public double probability(List<String> features) {
    double z = 0;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }

  public double threshold() {
    return threshold;
  }
}
