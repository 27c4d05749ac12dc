package org.sikiza.classifier.model;

import java.util.List;
import java.util.Map;

/**
 * What is known about a trained model, written next to it as {@code sdg-doccat.json}: where it
 * came from (corpus hash, date, settings), how it decides (policy) and how well it did.
 *
 * @param modelVersion {@code sdg-YYYYMMDD-<first 8 hex of the corpus hash>}
 * @param corpusSha256 {@link org.sikiza.classifier.corpus.Corpus#fingerprint()} of the corpus trained on
 * @param featureResourcesSha256 {@link FeatureResources#fingerprint()} when trained
 * @param splitSizes number of corpus messages in train, dev and test
 * @param trainedOn {@code train} or {@code train+dev} (the final refit after selection)
 * @param selection dev figures of every candidate tried, best first
 * @param dev dev figures of the selected configuration (trained on train only)
 * @param test held-out test figures of the saved model
 */
public record ModelMetadata(
    String modelVersion,
    String corpusSha256,
    String featureResourcesSha256,
    Map<String, Integer> splitSizes,
    String createdAt,
    String opennlpVersion,
    String algorithm,
    Map<String, String> parameters,
    List<String> featureGenerators,
    String trainedOn,
    DecisionPolicy policy,
    List<CandidateScore> selection,
    MetricsSummary dev,
    MetricsSummary test) {
}
