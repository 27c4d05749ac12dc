package org.sikiza.classifier.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/** Word presence features ({@code w=maji}); each distinct word counts once per message. */
public final class WordUnigramFeatures implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    Set<String> features = new LinkedHashSet<>();
    for (String token : tokens) {
      features.add("w=" + token);
    }
    return features;
  }
}
