package org.sikiza.classifier.model;

import org.sikiza.classifier.evaluation.EvaluationReport;

/**
 * A freshly trained model with its full dev and test reports.
 *
 * @param dev dev report of the selected configuration trained on train only
 * @param test test report of the saved model
 */
public record TrainingResult(ModelArtifact artifact, EvaluationReport dev, EvaluationReport test) {
}
