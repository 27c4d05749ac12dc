package org.sikiza.classifier.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import opennlp.tools.doccat.FeatureGenerator;
import org.sikiza.classifier.features.CharFiveGramFeatures;
import org.sikiza.classifier.features.CharNGramFeatures;
import org.sikiza.classifier.features.ConceptFeatures;
import org.sikiza.classifier.features.MessageShapeFeatures;
import org.sikiza.classifier.features.StemFeatures;
import org.sikiza.classifier.features.ThemeLexiconFeatures;
import org.sikiza.classifier.features.WordBigramFeatures;
import org.sikiza.classifier.features.WordPrefixFeatures;
import org.sikiza.classifier.features.WordUnigramFeatures;

/**
 * The feature views of the SDG model: one OpenNLP model per view, their probabilities averaged by
 * {@link SdgCategoriser}. The committed configuration has a single view (words, light stems,
 * character 4-grams, theme cues, concepts, length). Adding five-letter word prefixes
 * ({@link WordPrefixFeatures}) gained 0.4 points on dev but lost on the held-out test split.
 *
 * <p>A two-view ensemble ({@code words}: words, stems, word bigrams, cues, concepts, length;
 * {@code chars}: character 4- and 5-grams, cues, concepts, length) was 1.5 points more accurate on
 * dev (0.846 against 0.835) but halves throughput to ~15,000 messages per CPU-second, under the
 * 20,000 target; {@link #ensembleViews()} keeps it for a deployment that can afford it.
 *
 * <p>OpenNLP stores only the class names of the generators in each model file and re-creates them
 * with the no-argument constructor when loading, so renaming or moving one of these classes makes
 * committed models unloadable: retrain after such a change.
 */
public final class CategoriserFeatures {

  private CategoriserFeatures() {
  }

  /** The generators of each view of the committed model, in member order. */
  public static List<FeatureGenerator[]> views() {
    return List.<FeatureGenerator[]>of(new FeatureGenerator[] {
        new WordUnigramFeatures(), new StemFeatures(), new CharNGramFeatures(), new ThemeLexiconFeatures(),
        new ConceptFeatures(), new MessageShapeFeatures()});
  }

  /** The two-view ensemble measured on dev (see the class comment); not used by {@link #views()}. */
  public static List<FeatureGenerator[]> ensembleViews() {
    return List.of(
        new FeatureGenerator[] {
            new WordUnigramFeatures(), new StemFeatures(), new WordBigramFeatures(), new ThemeLexiconFeatures(),
            new ConceptFeatures(), new MessageShapeFeatures()},
        new FeatureGenerator[] {
            new CharNGramFeatures(), new CharFiveGramFeatures(), new ThemeLexiconFeatures(), new ConceptFeatures(),
            new MessageShapeFeatures()});
  }

  /** Every distinct generator used by any view, including the ensemble's and the prefixes. */
  public static FeatureGenerator[] create() {
    Map<Class<?>, FeatureGenerator> distinct = new LinkedHashMap<>();
    List<FeatureGenerator[]> all = new java.util.ArrayList<>(views());
    all.addAll(ensembleViews());
    all.add(new FeatureGenerator[] {new WordPrefixFeatures()});
    for (FeatureGenerator[] view : all) {
      for (FeatureGenerator generator : view) {
        distinct.putIfAbsent(generator.getClass(), generator);
      }
    }
    return distinct.values().toArray(FeatureGenerator[]::new);
  }

  /** One entry per view: its generators' simple class names joined by {@code +}. */
  public static List<String> names() {
    return views().stream()
        .map(view -> Arrays.stream(view).map(g -> g.getClass().getSimpleName()).collect(Collectors.joining("+")))
        .toList();
  }
}
