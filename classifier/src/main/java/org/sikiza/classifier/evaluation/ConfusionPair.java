package org.sikiza.classifier.evaluation;

/** A frequent mistake: messages whose gold primary label is {@code gold} predicted as {@code predicted}. */
public record ConfusionPair(String gold, String predicted, int count) {
}
