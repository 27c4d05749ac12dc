package org.sikiza.classifier.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Cross-language concepts from {@link CueLexicon#concepts()}: {@code k=water} for "water", "maji"
 * or "H2O". Evidence learnt from a message in one language then counts for its translations, which
 * matters because each language has only a third of the corpus.
 */
public final class ConceptFeatures implements FeatureGenerator {

  private final CueLexicon lexicon = CueLexicon.concepts();
  /** Both ensemble views use these features: the second call for the same message reuses the first. */
  private static final LastResult LAST = new LastResult();

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    return LAST.computeIfNew(tokens, this::compute);
  }

  private Collection<String> compute(String[] tokens) {
    List<String> hits = new ArrayList<>();
    lexicon.cues(tokens, hits);
    Collection<String> features = new LinkedHashSet<>();
    for (String concept : hits) {
      features.add("k=" + concept);
    }
    return List.copyOf(features);
  }
}
