package org.sikiza.classifier.model;

import java.util.List;

/**
 * How {@link Trainer} searches and decides.
 *
 * @param candidates configurations compared on the dev split
 * @param refitOnTrainAndDev after selection, retrain the chosen configuration on train+dev (the
 *     policy stays the one fitted on dev; test is never used)
 * @param otherPrecisionTarget target share of OTHER predictions that are really OTHER
 * @param acceptedAccuracyTarget target accuracy of messages not flagged for review
 * @param threads training threads
 */
public record TrainerOptions(
    List<TrainingSettings> candidates,
    boolean refitOnTrainAndDev,
    double otherPrecisionTarget,
    double acceptedAccuracyTarget,
    int threads) {

  public TrainerOptions {
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no training candidates");
    }
  }

  /** The search used for the committed model. */
  public static TrainerOptions standard() {
    return new TrainerOptions(
        List.of(
            new TrainingSettings("MAXENT_QN", 300, 0.25),
            new TrainingSettings("MAXENT_QN", 300, 0.5),
            new TrainingSettings("MAXENT_QN", 300, 1.0),
            new TrainingSettings("MAXENT", 200, 0),
            new TrainingSettings("NAIVEBAYES", 0, 0)),
        true, 0.92, 0.90, 1);
  }

  /** A single quick configuration, for tests. */
  public static TrainerOptions quick() {
    return new TrainerOptions(List.of(new TrainingSettings("MAXENT_QN", 100, 1.0)), false, 0.92, 0.95, 1);
  }
}
