package org.sikiza.classifier.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Adjacent word pairs ({@code b=hakuna_maji}, {@code b=sign_language}): short phrases that name a
 * theme better than either word ("left out", "title deed", "kitu kidogo"). Used only by the word
 * view of the ensemble (see {@code CategoriserFeatures}); next to character n-grams in one model
 * they did not help.
 */
public final class WordBigramFeatures implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    Set<String> features = new LinkedHashSet<>();
    for (int i = 0; i + 1 < tokens.length; i++) {
      features.add("b=" + tokens[i] + "_" + tokens[i + 1]);
    }
    return features;
  }
}
