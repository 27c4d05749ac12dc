package org.sikiza.classifier.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/**
 * Fits the {@link DecisionPolicy} thresholds on dev-split scores that are already calibrated.
 * Only the dev split is used, so test figures stay honest.
 */
public final class PolicyTuner {

  private static final List<String> CODES = ThemeTaxonomy.CODES;
  private static final int OTHER_INDEX = CODES.indexOf(ThemeTaxonomy.OTHER);
  /** Labels with fewer second-label candidates on dev than this share one global threshold. */
  private static final int MIN_EVENTS_PER_LABEL = 3;
  private static final double NEVER = 1.01;

  private final double otherPrecisionTarget;
  private final double acceptedAccuracyTarget;

  /**
   * @param otherPrecisionTarget wanted share of OTHER predictions that really are OTHER
   * @param acceptedAccuracyTarget wanted accuracy of messages not sent to review
   */
  public PolicyTuner(double otherPrecisionTarget, double acceptedAccuracyTarget) {
    this.otherPrecisionTarget = otherPrecisionTarget;
    this.acceptedAccuracyTarget = acceptedAccuracyTarget;
  }

  public DecisionPolicy tune(double temperature, List<double[]> scores, List<Set<String>> gold) {
    double otherMinimum = tuneOtherMinimum(scores, gold);
    Map<String, Double> secondThresholds = tuneSecondLabels(scores, gold, otherMinimum);
    double review = tuneReview(scores, gold, otherMinimum);
    return new DecisionPolicy(temperature, review, otherMinimum, secondThresholds);
  }

  private double tuneOtherMinimum(List<double[]> scores, List<Set<String>> gold) {
    double bestValue = 0;
    double bestAccuracy = -1;
    double fallbackValue = 0;
    double fallbackPrecision = -1;
    for (double candidate = 0.0; candidate <= 0.801; candidate += 0.05) {
      DecisionPolicy policy = new DecisionPolicy(1.0, 0, candidate, Map.of());
      int right = 0;
      int predictedOther = 0;
      int correctOther = 0;
      for (int i = 0; i < scores.size(); i++) {
        Decision decision = policy.decide(scores.get(i));
        String primary = decision.labels().get(0);
        right += gold.get(i).contains(primary) ? 1 : 0;
        if (primary.equals(ThemeTaxonomy.OTHER)) {
          predictedOther++;
          correctOther += gold.get(i).contains(ThemeTaxonomy.OTHER) ? 1 : 0;
        }
      }
      double accuracy = (double) right / Math.max(1, scores.size());
      double precision = predictedOther == 0 ? 1.0 : (double) correctOther / predictedOther;
      if (precision >= otherPrecisionTarget && accuracy > bestAccuracy + 1e-9) {
        bestAccuracy = accuracy;
        bestValue = candidate;
      }
      if (precision > fallbackPrecision + 1e-9) {
        fallbackPrecision = precision;
        fallbackValue = candidate;
      }
    }
    return bestAccuracy >= 0 ? round(bestValue) : round(fallbackValue);
  }

  /** Per label, the threshold that maximises (right second labels - wrong second labels) on dev. */
  private Map<String, Double> tuneSecondLabels(List<double[]> scores, List<Set<String>> gold, double otherMinimum) {
    DecisionPolicy primaryOnly = new DecisionPolicy(1.0, 0, otherMinimum, Map.of());
    List<int[]> events = new ArrayList<>(); // {label index, score x 1000, correct}
    for (int i = 0; i < scores.size(); i++) {
      double[] s = scores.get(i);
      String primary = primaryOnly.decide(s).labels().get(0);
      if (primary.equals(ThemeTaxonomy.OTHER)) {
        continue;
      }
      int p = CODES.indexOf(primary);
      int second = -1;
      for (int c = 0; c < s.length; c++) {
        if (c != p && c != OTHER_INDEX && (second < 0 || s[c] > s[second])) {
          second = c;
        }
      }
      events.add(new int[] {second, (int) Math.round(s[second] * 1000), gold.get(i).contains(CODES.get(second)) ? 1 : 0});
    }
    double global = bestThreshold(events, -1);
    Map<String, Double> thresholds = new HashMap<>();
    for (int c = 0; c < CODES.size(); c++) {
      if (c == OTHER_INDEX) {
        continue;
      }
      final int label = c;
      long count = events.stream().filter(e -> e[0] == label).count();
      double threshold = count >= MIN_EVENTS_PER_LABEL ? bestThreshold(events, label) : global;
      if (threshold < NEVER) {
        thresholds.put(CODES.get(c), round(threshold));
      }
    }
    return thresholds;
  }

  private static double bestThreshold(List<int[]> events, int label) {
    double best = NEVER;
    int bestGain = 0;
    for (double t = 0.95; t >= 0.099; t -= 0.05) {
      int gain = 0;
      for (int[] e : events) {
        if ((label < 0 || e[0] == label) && e[1] >= Math.round(t * 1000)) {
          gain += e[2] == 1 ? 1 : -1;
        }
      }
      if (gain > bestGain) {
        bestGain = gain;
        best = t;
      }
    }
    return best;
  }

  /** The lowest confidence threshold at which the messages kept out of review reach the target accuracy. */
  private double tuneReview(List<double[]> scores, List<Set<String>> gold, double otherMinimum) {
    DecisionPolicy primaryOnly = new DecisionPolicy(1.0, 0, otherMinimum, Map.of());
    double[] confidence = new double[scores.size()];
    boolean[] correct = new boolean[scores.size()];
    for (int i = 0; i < scores.size(); i++) {
      Decision decision = primaryOnly.decide(scores.get(i));
      confidence[i] = decision.confidence();
      correct[i] = gold.get(i).contains(decision.labels().get(0));
    }
    for (double t = 0.30; t <= 0.951; t += 0.05) {
      int kept = 0;
      int right = 0;
      for (int i = 0; i < confidence.length; i++) {
        if (confidence[i] >= t) {
          kept++;
          right += correct[i] ? 1 : 0;
        }
      }
      if (kept > 0 && (double) right / kept >= acceptedAccuracyTarget) {
        return round(t);
      }
    }
    return 0.95;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
