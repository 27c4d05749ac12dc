package org.sikiza.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sikiza.classifier.model.ModelArtifact;
import org.sikiza.classifier.theme.ThemeTaxonomy;

class SikizaClassifierTest {

  static final SikizaClassifier CLASSIFIER = SikizaClassifier.loadDefault();

  @Test
  void classificationHasTheDocumentedShape() {
    Classification c = CLASSIFIER.classify("Hakuna maji kisimani kwetu Kitui, tunatembea kilomita kumi");
    assertEquals(ThemeTaxonomy.CODES, List.copyOf(c.scores().keySet()));
    assertEquals(1.0, c.scores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    c.scores().values().forEach(p -> assertTrue(p >= 0 && p <= 1));
    assertTrue(c.labels().size() == 1 || c.labels().size() == 2);
    assertTrue(ThemeTaxonomy.CODES.containsAll(c.labels()));
    assertEquals(CLASSIFIER.modelVersion(), c.modelVersion());
    assertEquals(ModelArtifact.metadataFromClasspath().modelVersion(), CLASSIFIER.modelVersion());
  }

  @Test
  void clearMessagesGetTheirTheme() {
    assertEquals("SDG6", CLASSIFIER.classify("Hakuna maji kisimani kwetu, tunatembea mbali kuchota maji").labels().get(0));
    assertEquals("SDG16", CLASSIFIER.classify("Polisi wanaitisha hongo kila siku kwa barabara").labels().get(0));
    assertEquals("SDG4", CLASSIFIER.classify("The school has no teachers and fees keep going up").labels().get(0));
    assertEquals(List.of("OTHER"), CLASSIFIER.classify("Please play a song for my mum, greetings to all listeners").labels());
  }

  @Test
  void languageAndCountyAreFilledIn() {
    Classification c = CLASSIFIER.classify("Hakuna maji Kisumu tangu wiki iliyopita");
    assertEquals("swa", c.language());
    assertEquals("kisumu", c.county().orElseThrow().county());
    Classification english = CLASSIFIER.classify("The water in our village is dirty and children are sick");
    assertEquals("eng", english.language());
    assertTrue(english.county().isEmpty());
  }

  @Test
  void otherIsNeverCombinedWithAnSdg() {
    for (String text : List.of("ok", "asante sana", "Happy birthday mum", "hello DJ")) {
      List<String> labels = CLASSIFIER.classify(text).labels();
      assertFalse(labels.contains("OTHER") && labels.size() > 1, text + " -> " + labels);
    }
  }

  @Test
  void blankMessagesAreOther() {
    Classification c = CLASSIFIER.classify("   ...  ");
    assertEquals(List.of("OTHER"), c.labels());
    assertEquals(1.0, c.scores().get("OTHER"));
    assertEquals("und", c.language());
  }
}
