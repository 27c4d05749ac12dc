package org.sikiza.classifier.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.classifier.corpus.LabelledText;
import org.sikiza.classifier.corpus.LabelledTextReader;
import org.sikiza.classifier.text.TextNormaliser;

/**
 * Train, save, load: the reloaded model must score every message exactly as the trained one.
 * This is what OpenNLP's NGramFeatureGenerator(min, max) gets wrong (the arguments are not saved),
 * and why the feature generators fix their settings in a no-argument constructor.
 */
class ModelRoundTripTest {

  private static final TextNormaliser NORMALISER = TextNormaliser.standard();
  private static List<LabelledText> fixture;

  @BeforeAll
  static void readFixture() throws IOException {
    fixture = new ArrayList<>();
    for (String file : List.of("sdg04.tsv", "sdg06.tsv", "sdg16.tsv", "other.tsv")) {
      try (InputStream in = ModelRoundTripTest.class.getClassLoader().getResourceAsStream("fixture-corpus/" + file)) {
        fixture.addAll(LabelledTextReader.read(in, file));
      }
    }
  }

  @Test
  void trainSaveLoadGivesIdenticalScores() throws IOException {
    Trainer trainer = new Trainer(NORMALISER, TrainerOptions.quick());
    SdgCategoriser trained = trainer.fit(fixture, new TrainingSettings("MAXENT_QN", 100, 1.0));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.write(bytes);
    SdgCategoriser reloaded = SdgCategoriser.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(CategoriserFeatures.views().size(), trained.size(), "one member model per feature view");
    assertEquals(trained.size(), reloaded.size());

    List<String> texts = new ArrayList<>(fixture.stream().map(LabelledText::text).toList());
    texts.add("Hakuna maji hospitalini na wanafunzi hawana walimu");
    texts.add("Police wanaitisha hongo kwa wazee wa mtaa, pls help");
    texts.add("");
    for (String text : texts) {
      String[] tokens = NORMALISER.tokens(text).toArray(String[]::new);
      assertArrayEquals(trained.probabilities(tokens), reloaded.probabilities(tokens), 0.0, text);
    }
  }

  @Test
  void theFixtureIsLearnt() {
    SdgCategoriser model = new Trainer(NORMALISER, TrainerOptions.quick())
        .fit(fixture, new TrainingSettings("MAXENT_QN", 100, 1.0));
    double[] scores = model.probabilities(NORMALISER.tokens("hakuna maji safi").toArray(String[]::new));
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      best = scores[i] > scores[best] ? i : best;
    }
    assertEquals("SDG6", org.sikiza.classifier.theme.ThemeTaxonomy.CODES.get(best));
  }
}
