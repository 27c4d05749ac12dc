package org.sikiza.classifier.evaluation;

import java.util.List;

/**
 * What the classifier decided for one message, as the evaluator needs it.
 *
 * @param labels decided labels, primary first
 * @param confidence calibrated score of the primary label
 * @param review whether the message was sent to human review
 */
public record ScoredPrediction(List<String> labels, double confidence, boolean review) {

  public ScoredPrediction {
    labels = List.copyOf(labels);
  }

  public String primaryLabel() {
    return labels.get(0);
  }
}
