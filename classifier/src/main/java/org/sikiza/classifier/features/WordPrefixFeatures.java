package org.sikiza.classifier.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The first five letters of each word longer than five ({@code p5=hospi} for "hospitali",
 * "hospitalini", "hospitals"): a crude stem that also catches English words with Swahili or Sheng
 * endings and misspelt endings. The length is fixed here (no constructor arguments) because OpenNLP
 * re-creates feature generators from their class name.
 */
public final class WordPrefixFeatures implements FeatureGenerator {

  static final int N = 5;

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    Set<String> features = new LinkedHashSet<>();
    for (String token : tokens) {
      if (token.length() > N && !token.startsWith("<")) {
        features.add("p5=" + token.substring(0, N));
      }
    }
    return features;
  }
}
