package org.sikiza.classifier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sikiza.classifier.theme.ThemeTaxonomy;

/**
 * Turns calibrated scores into labels, tuned on the dev split and stored in the model metadata.
 *
 * <ul>
 *   <li>The best-scoring code is the primary label, except when it is OTHER with a score below
 *       {@code otherMinimum}: such OTHER-ambiguous messages take the best SDG instead, because a
 *       message wrongly filed as OTHER disappears from every county report, while a weak SDG label
 *       still reaches the review queue.</li>
 *   <li>A second SDG is added when its score reaches its threshold in {@code secondLabelThresholds}
 *       (no entry: never). OTHER is never combined with an SDG.</li>
 *   <li>{@code review} is set when the primary label's score is below {@code reviewThreshold}.</li>
 * </ul>
 *
 * @param temperature temperature applied to raw model scores, see {@link TemperatureScaling}
 */
public record DecisionPolicy(
    double temperature, double reviewThreshold, double otherMinimum, Map<String, Double> secondLabelThresholds) {

  private static final List<String> CODES = ThemeTaxonomy.CODES;
  private static final int OTHER_INDEX = CODES.indexOf(ThemeTaxonomy.OTHER);

  public DecisionPolicy {
    secondLabelThresholds = Map.copyOf(new TreeMap<>(secondLabelThresholds));
  }

  /** No calibration, no second labels, review below 0.5. */
  public static DecisionPolicy untuned() {
    return new DecisionPolicy(1.0, 0.5, 0.0, Map.of());
  }

  public double[] calibrate(double[] rawScores) {
    return TemperatureScaling.apply(rawScores, temperature);
  }

  /** @param scores calibrated scores in {@link ThemeTaxonomy#CODES} order */
  public Decision decide(double[] scores) {
    int top = argmax(scores, -1, -1);
    int primary = top;
    if (top == OTHER_INDEX && scores[top] < otherMinimum) {
      primary = argmax(scores, OTHER_INDEX, -1);
    }
    List<String> labels = new ArrayList<>(2);
    labels.add(CODES.get(primary));
    if (primary != OTHER_INDEX) {
      int second = argmax(scores, primary, OTHER_INDEX);
      Double threshold = secondLabelThresholds.get(CODES.get(second));
      if (threshold != null && scores[second] >= threshold) {
        labels.add(CODES.get(second));
      }
    }
    return new Decision(labels, scores[primary], scores[primary] < reviewThreshold);
  }

  private static int argmax(double[] scores, int skip1, int skip2) {
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if (i != skip1 && i != skip2 && (best < 0 || scores[i] > scores[best])) {
        best = i;
      }
    }
    return best;
  }
}
