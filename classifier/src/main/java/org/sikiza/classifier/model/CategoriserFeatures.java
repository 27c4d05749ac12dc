package org.sikiza.classifier.model;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.doccat.FeatureGenerator;
import org.sikiza.classifier.features.CharNGramFeatures;
import org.sikiza.classifier.features.ConceptFeatures;
import org.sikiza.classifier.features.MessageShapeFeatures;
import org.sikiza.classifier.features.StemFeatures;
import org.sikiza.classifier.features.ThemeLexiconFeatures;
import org.sikiza.classifier.features.WordUnigramFeatures;

/**
 * The feature generators the SDG model is trained with. OpenNLP stores only their class names in
 * the model file and re-creates them with the no-argument constructor when loading, so renaming or
 * moving one of these classes makes committed models unloadable: retrain after such a change.
 */
public final class CategoriserFeatures {

  private CategoriserFeatures() {
  }

  public static FeatureGenerator[] create() {
    return new FeatureGenerator[] {
        new WordUnigramFeatures(), new StemFeatures(), new CharNGramFeatures(), new ThemeLexiconFeatures(),
        new ConceptFeatures(), new MessageShapeFeatures()};
  }

  public static List<String> names() {
    return Arrays.stream(create()).map(g -> g.getClass().getSimpleName()).toList();
  }
}
