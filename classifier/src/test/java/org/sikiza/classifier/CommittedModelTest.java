package org.sikiza.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.sikiza.classifier.corpus.Corpus;
import org.sikiza.classifier.model.CategoriserFeatures;
import org.sikiza.classifier.model.FeatureResources;
import org.sikiza.classifier.model.ModelArtifact;
import org.sikiza.classifier.model.ModelMetadata;

/** The committed model must have been trained on the corpus and feature files as they are now. */
class CommittedModelTest {

  private static final String RETRAIN = " Retrain from the repository root with:"
      + " java -jar gateway/target/sikiza.jar train   and commit classifier/src/main/resources/model/.";

  @Test
  void committedModelWasTrainedOnTheCurrentCorpus() {
    ModelMetadata metadata = ModelArtifact.metadataFromClasspath();
    assertEquals(Corpus.fromClasspath().fingerprint(), metadata.corpusSha256(),
        "The committed SDG model " + metadata.modelVersion() + " is stale: the corpus changed after it was trained."
            + RETRAIN);
  }

  @Test
  void committedModelWasTrainedWithTheCurrentLexicons() {
    ModelMetadata metadata = ModelArtifact.metadataFromClasspath();
    assertEquals(FeatureResources.fingerprint(), metadata.featureResourcesSha256(),
        "The committed SDG model " + metadata.modelVersion() + " is stale: sms-abbreviations.tsv or"
            + " theme-lexicon.tsv changed after it was trained." + RETRAIN);
  }

  @Test
  void committedModelWasTrainedWithTheCurrentFeatureViews() {
    ModelMetadata metadata = ModelArtifact.metadataFromClasspath();
    assertEquals(CategoriserFeatures.names(), metadata.featureGenerators(),
        "The committed SDG model " + metadata.modelVersion() + " was trained with other feature views." + RETRAIN);
  }

  @Test
  void metadataRecordsHowTheModelWasMade() {
    ModelMetadata metadata = ModelArtifact.metadataFromClasspath();
    assertNotNull(metadata.test(), "held-out test figures missing from sdg-doccat.json");
    assertNotNull(metadata.policy());
    assertEquals(metadata.corpusSha256().substring(0, 8),
        metadata.modelVersion().substring(metadata.modelVersion().length() - 8));
  }
}
