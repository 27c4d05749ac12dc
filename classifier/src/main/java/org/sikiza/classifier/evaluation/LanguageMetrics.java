package org.sikiza.classifier.evaluation;

/** Accuracy and macro-F1 over the messages of one language. */
public record LanguageMetrics(String language, int count, double accuracy, double macroF1) {
}
