package org.sikiza.classifier.evaluation;

import java.util.List;

/**
 * Everything {@link Evaluator} measures on one labelled data set.
 *
 * @param count messages evaluated
 * @param accuracy share of messages whose primary predicted label is one of the gold labels
 * @param macroF1 mean F1 over labels seen in gold or predictions
 * @param accuracyInterval bootstrap 95% interval of accuracy
 * @param macroF1Interval bootstrap 95% interval of macro-F1
 * @param expectedCalibrationError ECE over 15 equal-width bins of primary-label confidence
 * @param reviewRate share of messages flagged for review
 * @param acceptedAccuracy accuracy on the messages not flagged for review (NaN if none)
 * @param perClass per-label metrics in canonical label order
 * @param perLanguage per-language figures (empty when the data has no language column)
 * @param topConfusions most frequent (gold, predicted) primary-label mistakes
 */
public record EvaluationReport(
    int count,
    double accuracy,
    double macroF1,
    Interval accuracyInterval,
    Interval macroF1Interval,
    double expectedCalibrationError,
    double reviewRate,
    double acceptedAccuracy,
    List<ClassMetrics> perClass,
    List<LanguageMetrics> perLanguage,
    List<ConfusionPair> topConfusions) {

  public ClassMetrics classMetrics(String label) {
    return perClass.stream().filter(m -> m.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metrics for " + label));
  }
}
