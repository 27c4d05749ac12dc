package org.sikiza.classifier.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import org.junit.jupiter.api.Test;
import org.sikiza.classifier.model.CategoriserFeatures;
import org.sikiza.classifier.text.TextNormaliser;

class FeatureGeneratorsTest {

  private static final TextNormaliser NORMALISER = TextNormaliser.standard();

  private static Collection<String> features(FeatureGenerator generator, String text) {
    return generator.extractFeatures(NORMALISER.tokens(text).toArray(String[]::new), Map.of());
  }

  @Test
  void everyGeneratorCanBeRecreatedFromItsClassNameAsOpenNlpDoes() throws Exception {
    for (FeatureGenerator generator : CategoriserFeatures.create()) {
      // OpenNLP stores getCanonicalName() and calls the no-argument constructor when loading.
      Class<?> reloaded = Class.forName(generator.getClass().getCanonicalName());
      FeatureGenerator fresh = (FeatureGenerator) reloaded.getDeclaredConstructor().newInstance();
      String text = "Hakuna maji hospitalini, wanafunzi wa shule wanateseka pls help 0712345678";
      assertEquals(List.copyOf(features(generator, text)), List.copyOf(features(fresh, text)), generator.getClass().getName());
    }
  }

  @Test
  void themeCuesFindWordsPrefixesStemsAndPhrases() {
    Collection<String> cues = features(new ThemeLexiconFeatures(), "Hakuna maji, borehole imeharibika");
    assertTrue(cues.contains("t=SDG6") && cues.contains("t2=SDG6"), cues.toString());
    assertTrue(features(new ThemeLexiconFeatures(), "wanabaguliwa kazini").contains("t=SDG10"));
    assertTrue(features(new ThemeLexiconFeatures(), "the inua jamii money").contains("t=SDG1"));
  }

  @Test
  void conceptsAreSharedAcrossLanguages() {
    assertTrue(features(new ConceptFeatures(), "no water here").contains("k=water"));
    assertTrue(features(new ConceptFeatures(), "hakuna maji hapa").contains("k=water"));
    assertTrue(features(new ConceptFeatures(), "wazee hawapati pension").contains("k=elderly"));
  }

  @Test
  void charNGramsMarkWordEdgesAndSkipPlaceholders() {
    Collection<String> grams = features(new CharNGramFeatures(), "maji 200");
    assertEquals(List.of("c=_maj", "c=maji", "c=aji_"), List.copyOf(grams));
  }

  @Test
  void charFiveGramsAndWordBigrams() {
    assertEquals(List.of("c5=_maji", "c5=maji_"), List.copyOf(features(new CharFiveGramFeatures(), "maji 200")));
    assertEquals(List.of("b=hakuna_maji", "b=maji_safi"), List.copyOf(features(new WordBigramFeatures(), "hakuna maji safi")));
    assertEquals(List.of("p5=hospi"), List.copyOf(features(new WordPrefixFeatures(), "hospitalini maji <num>")));
  }

  @Test
  void stemsLinkSwahiliForms() {
    Collection<String> a = features(new StemFeatures(), "hospitalini");
    assertTrue(a.contains("s=hospitali"), a.toString());
  }

  @Test
  void messageLengthIsBucketed() {
    assertEquals(List.of("len=1"), List.copyOf(features(new MessageShapeFeatures(), "received")));
    assertEquals(List.of("len=2-3"), List.copyOf(features(new MessageShapeFeatures(), "safi sana")));
  }
}
