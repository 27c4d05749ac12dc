package org.sikiza.classifier.model;

import java.util.List;

/**
 * Temperature scaling: {@code q_i ∝ p_i^(1/T)}. A temperature above 1 softens over-confident
 * scores, below 1 sharpens under-confident ones; the ranking of labels never changes. {@code T} is
 * fitted on the dev split by minimising the negative log-likelihood of the gold labels.
 */
public final class TemperatureScaling {

  private static final double FLOOR = 1e-12;

  private TemperatureScaling() {
  }

  public static double[] apply(double[] probabilities, double temperature) {
    if (temperature == 1.0) {
      return probabilities.clone();
    }
    double inverse = 1.0 / temperature;
    double[] logits = new double[probabilities.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < probabilities.length; i++) {
      logits[i] = probabilities[i] <= 0 ? Double.NEGATIVE_INFINITY : Math.log(probabilities[i]) * inverse;
      max = Math.max(max, logits[i]);
    }
    double sum = 0;
    double[] scaled = new double[probabilities.length];
    for (int i = 0; i < probabilities.length; i++) {
      scaled[i] = logits[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(logits[i] - max);
      sum += scaled[i];
    }
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] /= sum;
    }
    return scaled;
  }

  /**
   * Finds the temperature minimising the mean negative log-likelihood of the gold labels (for a
   * message with several gold labels, of their total probability).
   *
   * @param probabilities raw model scores per message
   * @param goldIndices indices of each message's gold labels
   */
  public static double fit(List<double[]> probabilities, List<int[]> goldIndices) {
    // The NLL is convex in 1/T, so a golden-section search over log T finds the minimum.
    double low = Math.log(0.05);
    double high = Math.log(20.0);
    double ratio = (Math.sqrt(5) - 1) / 2;
    double a = high - ratio * (high - low);
    double b = low + ratio * (high - low);
    double fa = negativeLogLikelihood(probabilities, goldIndices, Math.exp(a));
    double fb = negativeLogLikelihood(probabilities, goldIndices, Math.exp(b));
    for (int iteration = 0; iteration < 60; iteration++) {
      if (fa < fb) {
        high = b;
        b = a;
        fb = fa;
        a = high - ratio * (high - low);
        fa = negativeLogLikelihood(probabilities, goldIndices, Math.exp(a));
      } else {
        low = a;
        a = b;
        fa = fb;
        b = low + ratio * (high - low);
        fb = negativeLogLikelihood(probabilities, goldIndices, Math.exp(b));
      }
    }
    return Math.exp((low + high) / 2);
  }

  static double negativeLogLikelihood(List<double[]> probabilities, List<int[]> goldIndices, double temperature) {
    double total = 0;
    for (int i = 0; i < probabilities.size(); i++) {
      double[] scaled = apply(probabilities.get(i), temperature);
      double gold = 0;
      for (int g : goldIndices.get(i)) {
        gold += scaled[g];
      }
      total -= Math.log(Math.max(FLOOR, gold));
    }
    return total / Math.max(1, probabilities.size());
  }
}
