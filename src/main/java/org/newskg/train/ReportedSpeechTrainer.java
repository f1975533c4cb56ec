package org.newskg.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.newskg.attribute.LogisticModel;
import org.newskg.attribute.SieveAttributor;
import org.newskg.eval.ReportedScorer;
import org.newskg.extract.AnnotatedArticle;
import org.newskg.extract.Extractor;
import org.newskg.ingest.ProcessorFactory;
import org.newskg.source.Article;

/**
 * Trains the reported-speech model: which candidate clauses ("X said …", "according to X",
 * "X criticized …") are statements. A candidate is a positive example when its words match the
 * content of a speech attribution of its article as the reported-speech metric matches them
 * (token F1 ≥ 0.5). L2-regularised logistic regression (CoreNLP's
 * {@link LogisticFit}); folds by article from a seeded shuffle; deterministic.
 */
public final class ReportedSpeechTrainer {

  /**
   * One candidate clause, what the model reads of it, and whether it is a statement.
   *
   * @param cue     the cue's lemma
   * @param content the candidate's words
   */
  public record Example(String article, String publisher, String cue, String content,
                        List<String> features, boolean statement) {}

  /** Precision and recall of the candidates kept at a threshold. */
  public record Scores(int kept, int keptRight, int right) {
    public double precision() {
      return kept == 0 ? 0 : (double) keptRight / kept;
    }

    public double recall() {
      return right == 0 ? 0 : (double) keptRight / right;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d)",
          precision(), keptRight, kept, recall(), keptRight, right);
    }
  }

  private final double sigma;

  public ReportedSpeechTrainer(double sigma) {
    this.sigma = sigma;
  }

  /**
   * The candidates of every article of each folder (articles.jsonl beside PolNeAR's
   * attributions.jsonl), labelled by the folder's speech attributions.
   */
  public static List<Example> collect(List<Path> dirs, ProcessorFactory factory,
                                      IntConsumer progress) throws IOException {
    SieveAttributor sieves = SieveAttributor.withoutRanker();
    Extractor extractor = factory.newExtractor();
    List<Example> out = new ArrayList<>();
    int done = 0;
    for (Path dir : dirs) {
      Path attributionsFile = dir.resolve("attributions.jsonl");
      if (!Files.isRegularFile(attributionsFile)) {
        throw new IllegalArgumentException(dir + " has no attributions.jsonl");
      }
      Map<String, List<List<String>>> speech = new HashMap<>();
      for (ReportedScorer.Attribution a : ReportedScorer.load(attributionsFile)) {
        if ("speech".equals(a.cueClass())) {
          speech.computeIfAbsent(a.article(), k -> new ArrayList<>())
              .add(ReportedScorer.tokens(a.content()));
        }
      }
      for (Article article : AttributionExamples.articles(dir)) {
        AnnotatedArticle annotated = extractor.extract(article);
        List<List<String>> gold = speech.getOrDefault(article.id(), List.of());
        for (SieveAttributor.ReportedCandidate c : sieves.reportedCandidates(annotated)) {
          List<String> words = ReportedScorer.tokens(c.content().text());
          boolean statement = gold.stream().anyMatch(g -> ReportedScorer.f1(words, g) >= 0.5);
          out.add(new Example(article.id(), article.publisher(), c.cue(),
              c.content().text(), c.features(), statement));
        }
        progress.accept(++done);
      }
    }
    return out;
  }

  public LogisticModel train(List<Example> examples, double threshold) {
    List<LogisticFit.Example> data = examples.stream()
        .map(e -> new LogisticFit.Example(e.features(), e.statement())).toList();
    return new LogisticModel(LogisticFit.weights(data, sigma), threshold);
  }

  /** Each example's probability from a model trained without its group. */
  public double[] heldOut(List<Example> examples,
                          java.util.function.Function<Example, String> group) {
    Map<String, List<Integer>> byGroup = new java.util.LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      byGroup.computeIfAbsent(group.apply(examples.get(i)), k -> new ArrayList<>()).add(i);
    }
    double[] out = new double[examples.size()];
    for (Map.Entry<String, List<Integer>> g : byGroup.entrySet()) {
      LogisticModel model = train(examples.stream()
          .filter(e -> !group.apply(e).equals(g.getKey())).toList(), 0.5);
      for (int i : g.getValue()) {
        out[i] = model.probability(examples.get(i).features());
      }
    }
    return out;
  }

  /** Out-of-fold probabilities: articles dealt into {@code folds} folds by a seeded shuffle. */
  public double[] crossValidate(List<Example> examples, int folds, long seed) {
    List<String> articles = new ArrayList<>(new TreeSet<>(
        examples.stream().map(Example::article).toList()));
    Collections.shuffle(articles, new Random(seed));
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      foldOf.put(articles.get(i), i % folds);
    }
    return heldOut(examples, e -> String.valueOf(foldOf.get(e.article())));
  }

  public static Scores score(List<Example> examples, double[] p, double threshold) {
    int kept = 0;
    int keptRight = 0;
    int right = 0;
    for (int i = 0; i < examples.size(); i++) {
      boolean statement = examples.get(i).statement();
      right += statement ? 1 : 0;
      if (p[i] >= threshold) {
        kept++;
        keptRight += statement ? 1 : 0;
      }
    }
    return new Scores(kept, keptRight, right);
  }

  /** Thresholds on each side of one whose F-beta values are averaged in choosing it. */
  private static final int WINDOW = 5;
  /** The lowest and highest threshold tried, in hundredths. */
  private static final int LOWEST = 5;
  private static final int HIGHEST = 95;

  /**
   * The threshold that maximises F-beta of the kept candidates' precision and recall, averaged
   * over the thresholds {@link #WINDOW} hundredths on each side: the curve is flat near its top,
   * so its plain maximum moves with any small change to the candidates, while the centre of its
   * best stretch stays.
   */
  public static double chooseThreshold(List<Example> examples, double[] p, double beta) {
    double[] f = new double[HIGHEST - LOWEST + 1];
    for (int k = LOWEST; k <= HIGHEST; k++) {
      Scores s = score(examples, p, k / 100.0);
      double b2 = beta * beta;
      double pr = s.precision();
      double r = s.recall();
      f[k - LOWEST] = pr + r == 0 ? 0 : (1 + b2) * pr * r / (b2 * pr + r);
    }
    double best = 0.5;
    double bestF = -1;
    for (int i = 0; i < f.length; i++) {
      double sum = 0;
      int n = 0;
      for (int j = Math.max(0, i - WINDOW); j <= Math.min(f.length - 1, i + WINDOW); j++) {
        sum += f[j];
        n++;
      }
      if (sum / n > bestF + 1e-9) {
        bestF = sum / n;
        best = (i + LOWEST) / 100.0;
      }
    }
    return best;
  }
}
