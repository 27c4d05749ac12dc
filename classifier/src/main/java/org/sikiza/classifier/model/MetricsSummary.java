package org.sikiza.classifier.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sikiza.classifier.evaluation.ClassMetrics;
import org.sikiza.classifier.evaluation.EvaluationReport;
import org.sikiza.classifier.evaluation.LanguageMetrics;

/** The headline evaluation figures kept in the model metadata JSON. */
public record MetricsSummary(
    int count,
    double accuracy,
    double accuracyLow,
    double accuracyHigh,
    double macroF1,
    double macroF1Low,
    double macroF1High,
    double ece,
    double reviewRate,
    Map<String, Double> accuracyByLanguage,
    Map<String, Double> f1ByLabel,
    Map<String, Double> precisionByLabel) {

  public static MetricsSummary of(EvaluationReport report) {
    Map<String, Double> byLanguage = new LinkedHashMap<>();
    for (LanguageMetrics m : report.perLanguage()) {
      byLanguage.put(m.language(), round(m.accuracy()));
    }
    Map<String, Double> f1 = new LinkedHashMap<>();
    Map<String, Double> precision = new LinkedHashMap<>();
    for (ClassMetrics m : report.perClass()) {
      f1.put(m.label(), round(m.f1()));
      precision.put(m.label(), round(m.precision()));
    }
    return new MetricsSummary(report.count(),
        round(report.accuracy()), round(report.accuracyInterval().low()), round(report.accuracyInterval().high()),
        round(report.macroF1()), round(report.macroF1Interval().low()), round(report.macroF1Interval().high()),
        round(report.expectedCalibrationError()), round(report.reviewRate()), byLanguage, f1, precision);
  }

  private static double round(double value) {
    return Double.isNaN(value) ? value : Math.round(value * 10000) / 10000.0;
  }
}
