package org.sikiza.classifier.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.sikiza.classifier.corpus.LabelledText;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/**
 * Scores predictions against gold labels: accuracy (primary label in the gold set), macro-F1 and
 * per-class precision/recall/F1 over the decided label sets, top confusions, ECE, per-language
 * figures and bootstrap 95% intervals (1,000 resamples, fixed seed, so reruns print the same).
 *
 * <p>Macro-F1 averages over every label that occurs in the gold data or the predictions (the
 * scikit-learn convention), so predicting a label that is absent from the data still costs.
 */
public final class Evaluator {

  public static final int BOOTSTRAP_RESAMPLES = 1000;
  public static final long BOOTSTRAP_SEED = 20240917L;
  private static final int TOP_CONFUSIONS = 10;

  private Evaluator() {
  }

  public static EvaluationReport evaluate(List<LabelledText> gold, List<ScoredPrediction> predictions) {
    if (gold.size() != predictions.size()) {
      throw new IllegalArgumentException("gold and predictions differ in size");
    }
    int n = gold.size();
    List<String> labels = labelsInUse(gold, predictions);
    int[][] goldSets = new int[n][];
    int[][] predictedSets = new int[n][];
    boolean[] correct = new boolean[n];
    double[] confidence = new double[n];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      index.put(labels.get(i), i);
    }
    for (int i = 0; i < n; i++) {
      goldSets[i] = gold.get(i).labels().stream().mapToInt(index::get).toArray();
      predictedSets[i] = predictions.get(i).labels().stream().mapToInt(index::get).toArray();
      correct[i] = gold.get(i).labels().contains(predictions.get(i).primaryLabel());
      confidence[i] = predictions.get(i).confidence();
    }
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    int[][] counts = counts(all, goldSets, predictedSets, labels.size());
    List<ClassMetrics> perClass = new ArrayList<>();
    for (int c = 0; c < labels.size(); c++) {
      perClass.add(ClassMetrics.of(labels.get(c), counts[0][c], counts[1][c], counts[2][c]));
    }
    return new EvaluationReport(
        n,
        accuracy(all, correct),
        macroF1(counts),
        bootstrap(n, sample -> accuracy(sample, correct)),
        bootstrap(n, sample -> macroF1(counts(sample, goldSets, predictedSets, labels.size()))),
        CalibrationError.expected(confidence, correct, CalibrationError.DEFAULT_BINS),
        reviewRate(predictions),
        acceptedAccuracy(predictions, correct),
        perClass,
        perLanguage(gold, goldSets, predictedSets, correct, labels.size()),
        topConfusions(gold, predictions));
  }

  /** Labels in canonical taxonomy order, restricted to those seen in gold or predictions. */
  private static List<String> labelsInUse(List<LabelledText> gold, List<ScoredPrediction> predictions) {
    Set<String> seen = new LinkedHashSet<>();
    gold.forEach(g -> seen.addAll(g.labels()));
    predictions.forEach(p -> seen.addAll(p.labels()));
    List<String> ordered = new ArrayList<>();
    ThemeTaxonomy.CODES.stream().filter(seen::contains).forEach(ordered::add);
    seen.stream().filter(label -> !ordered.contains(label)).sorted().forEach(ordered::add);
    return ordered;
  }

  /** counts[0] = true positives, [1] = false positives, [2] = false negatives, per label. */
  private static int[][] counts(int[] sample, int[][] goldSets, int[][] predictedSets, int labelCount) {
    int[][] counts = new int[3][labelCount];
    for (int i : sample) {
      for (int p : predictedSets[i]) {
        if (contains(goldSets[i], p)) {
          counts[0][p]++;
        } else {
          counts[1][p]++;
        }
      }
      for (int g : goldSets[i]) {
        if (!contains(predictedSets[i], g)) {
          counts[2][g]++;
        }
      }
    }
    return counts;
  }

  private static boolean contains(int[] set, int value) {
    for (int v : set) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private static double macroF1(int[][] counts) {
    double sum = 0;
    int used = 0;
    for (int c = 0; c < counts[0].length; c++) {
      int tp = counts[0][c];
      int fp = counts[1][c];
      int fn = counts[2][c];
      if (tp + fp + fn == 0) {
        continue; // label absent from this (re)sample
      }
      sum += ClassMetrics.of("", tp, fp, fn).f1();
      used++;
    }
    return used == 0 ? Double.NaN : sum / used;
  }

  private static double accuracy(int[] sample, boolean[] correct) {
    if (sample.length == 0) {
      return Double.NaN;
    }
    int right = 0;
    for (int i : sample) {
      right += correct[i] ? 1 : 0;
    }
    return (double) right / sample.length;
  }

  private interface Statistic {
    double of(int[] sample);
  }

  private static Interval bootstrap(int n, Statistic statistic) {
    if (n == 0) {
      return new Interval(Double.NaN, Double.NaN);
    }
    Random random = new Random(BOOTSTRAP_SEED);
    double[] values = new double[BOOTSTRAP_RESAMPLES];
    int[] sample = new int[n];
    for (int r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
      for (int i = 0; i < n; i++) {
        sample[i] = random.nextInt(n);
      }
      values[r] = statistic.of(sample);
    }
    java.util.Arrays.sort(values);
    return new Interval(percentile(values, 0.025), percentile(values, 0.975));
  }

  /** Linear interpolation between closest ranks. */
  static double percentile(double[] sorted, double p) {
    double rank = p * (sorted.length - 1);
    int lower = (int) Math.floor(rank);
    int upper = (int) Math.ceil(rank);
    return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
  }

  private static double reviewRate(List<ScoredPrediction> predictions) {
    if (predictions.isEmpty()) {
      return Double.NaN;
    }
    return (double) predictions.stream().filter(ScoredPrediction::review).count() / predictions.size();
  }

  private static double acceptedAccuracy(List<ScoredPrediction> predictions, boolean[] correct) {
    int accepted = 0;
    int right = 0;
    for (int i = 0; i < predictions.size(); i++) {
      if (!predictions.get(i).review()) {
        accepted++;
        right += correct[i] ? 1 : 0;
      }
    }
    return accepted == 0 ? Double.NaN : (double) right / accepted;
  }

  private static List<LanguageMetrics> perLanguage(List<LabelledText> gold, int[][] goldSets, int[][] predictedSets,
                                                   boolean[] correct, int labelCount) {
    Map<String, List<Integer>> byLanguage = new TreeMap<>();
    for (int i = 0; i < gold.size(); i++) {
      String language = gold.get(i).language();
      if (language != null) {
        byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(i);
      }
    }
    List<LanguageMetrics> result = new ArrayList<>();
    byLanguage.forEach((language, indices) -> {
      int[] sample = indices.stream().mapToInt(Integer::intValue).toArray();
      result.add(new LanguageMetrics(language, sample.length, accuracy(sample, correct),
          macroF1(counts(sample, goldSets, predictedSets, labelCount))));
    });
    return result;
  }

  private static List<ConfusionPair> topConfusions(List<LabelledText> gold, List<ScoredPrediction> predictions) {
    Map<List<String>, Integer> pairs = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      String predicted = predictions.get(i).primaryLabel();
      if (!gold.get(i).labels().contains(predicted)) {
        pairs.merge(List.of(gold.get(i).primaryLabel(), predicted), 1, Integer::sum);
      }
    }
    return pairs.entrySet().stream()
        .map(e -> new ConfusionPair(e.getKey().get(0), e.getKey().get(1), e.getValue()))
        .sorted(Comparator.comparingInt(ConfusionPair::count).reversed()
            .thenComparing(ConfusionPair::gold).thenComparing(ConfusionPair::predicted))
        .limit(TOP_CONFUSIONS)
        .toList();
  }
}
