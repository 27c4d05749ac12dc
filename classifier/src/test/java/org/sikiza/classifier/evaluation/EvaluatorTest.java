package org.sikiza.classifier.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sikiza.classifier.corpus.LabelledText;

/** Figures checked against a hand computation (see the comments). */
class EvaluatorTest {

  private static LabelledText gold(String language, String... labels) {
    return new LabelledText(List.of(labels), language, "text", "test");
  }

  private static ScoredPrediction predicted(double confidence, String... labels) {
    return new ScoredPrediction(List.of(labels), confidence, confidence < 0.65);
  }

  private static final List<LabelledText> GOLD = List.of(
      gold("eng", "SDG1"), gold("eng", "SDG1"), gold("swa", "SDG2"), gold("swa", "SDG2", "SDG3"));
  private static final List<ScoredPrediction> PREDICTED = List.of(
      predicted(0.9, "SDG1"), predicted(0.8, "SDG2"), predicted(0.6, "SDG2"), predicted(0.7, "SDG3"));

  @Test
  void accuracyCountsThePrimaryLabelInTheGoldSet() {
    // right, wrong, right, right (SDG3 is one of the two gold labels)
    assertEquals(0.75, Evaluator.evaluate(GOLD, PREDICTED).accuracy(), 1e-12);
  }

  @Test
  void perClassAndMacroF1() {
    EvaluationReport report = Evaluator.evaluate(GOLD, PREDICTED);
    // SDG1: tp 1, fp 0, fn 1 -> P 1, R 0.5, F1 2/3
    ClassMetrics sdg1 = report.classMetrics("SDG1");
    assertEquals(1.0, sdg1.precision(), 1e-12);
    assertEquals(0.5, sdg1.recall(), 1e-12);
    assertEquals(2.0 / 3, sdg1.f1(), 1e-12);
    assertEquals(2, sdg1.support());
    // SDG2: tp 1 (message 3), fp 1 (message 2), fn 1 (message 4) -> F1 0.5
    assertEquals(0.5, report.classMetrics("SDG2").f1(), 1e-12);
    // SDG3: tp 1 -> F1 1
    assertEquals(1.0, report.classMetrics("SDG3").f1(), 1e-12);
    assertEquals((2.0 / 3 + 0.5 + 1.0) / 3, report.macroF1(), 1e-12);
  }

  @Test
  void expectedCalibrationErrorOverFifteenBins() {
    // One message per bin: |1-0.9| + |0-0.8| + |1-0.6| + |1-0.7| = 1.6, over 4 messages
    assertEquals(0.4, Evaluator.evaluate(GOLD, PREDICTED).expectedCalibrationError(), 1e-12);
    double[] confidence = {0.95, 0.95, 0.95, 0.95};
    boolean[] correct = {true, true, true, false};
    // one bin: accuracy 0.75, confidence 0.95
    assertEquals(0.2, CalibrationError.expected(confidence, correct, 15), 1e-12);
  }

  @Test
  void reviewRateAndAccuracyOfAcceptedMessages() {
    EvaluationReport report = Evaluator.evaluate(GOLD, PREDICTED);
    assertEquals(0.25, report.reviewRate(), 1e-12); // only the 0.6 message is below 0.65
    assertEquals(2.0 / 3, report.acceptedAccuracy(), 1e-12);
  }

  @Test
  void perLanguageFiguresAndConfusions() {
    EvaluationReport report = Evaluator.evaluate(GOLD, PREDICTED);
    assertEquals(2, report.perLanguage().size());
    assertEquals("eng", report.perLanguage().get(0).language());
    assertEquals(0.5, report.perLanguage().get(0).accuracy(), 1e-12);
    assertEquals(1.0, report.perLanguage().get(1).accuracy(), 1e-12);
    assertEquals(List.of(new ConfusionPair("SDG1", "SDG2", 1)), report.topConfusions());
  }

  @Test
  void bootstrapIntervalsAreReproducibleAndContainTheEstimate() {
    EvaluationReport first = Evaluator.evaluate(GOLD, PREDICTED);
    EvaluationReport second = Evaluator.evaluate(GOLD, PREDICTED);
    assertEquals(first.accuracyInterval(), second.accuracyInterval());
    assertTrue(first.accuracyInterval().low() <= 0.75 && 0.75 <= first.accuracyInterval().high());
    assertTrue(first.accuracyInterval().low() >= 0 && first.accuracyInterval().high() <= 1);
  }

  @Test
  void percentileInterpolatesBetweenRanks() {
    double[] sorted = {0, 10, 20, 30, 40};
    assertEquals(10, Evaluator.percentile(sorted, 0.25), 1e-12);
    assertEquals(5, Evaluator.percentile(sorted, 0.125), 1e-12);
  }
}
