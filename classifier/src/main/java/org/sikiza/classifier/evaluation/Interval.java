package org.sikiza.classifier.evaluation;

/** A bootstrap percentile interval. */
public record Interval(double low, double high) {
}
