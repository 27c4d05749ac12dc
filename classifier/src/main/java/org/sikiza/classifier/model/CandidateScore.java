package org.sikiza.classifier.model;

/** How one {@link TrainingSettings} candidate did on the dev split during model selection. */
public record CandidateScore(String settings, double devAccuracy, double devMacroF1, double devNegativeLogLikelihood) {
}
