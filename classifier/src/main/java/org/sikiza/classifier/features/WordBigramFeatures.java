package org.sikiza.classifier.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Adjacent word pairs ({@code b=hakuna|maji}).
 *
 * <p>Written instead of OpenNLP's {@code NGramFeatureGenerator(min, max)} because that class loses
 * its constructor arguments when a model is saved and reloaded (the model manifest only records the
 * class name), so a reloaded model would compute different features than the trained one. Here the
 * settings are fixed by the no-argument constructor.
 */
public final class WordBigramFeatures implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    Set<String> features = new LinkedHashSet<>();
    for (int i = 0; i + 1 < tokens.length; i++) {
      features.add("b=" + tokens[i] + '|' + tokens[i + 1]);
    }
    return features;
  }
}
