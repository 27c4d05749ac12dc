package org.sikiza.classifier.evaluation;

/** Precision, recall and F1 of one label; {@code support} is how many gold messages carry it. */
public record ClassMetrics(String label, int support, int predicted, int truePositives,
                           double precision, double recall, double f1) {

  static ClassMetrics of(String label, int tp, int fp, int fn) {
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ClassMetrics(label, tp + fn, tp + fp, tp, precision, recall, f1);
  }
}
