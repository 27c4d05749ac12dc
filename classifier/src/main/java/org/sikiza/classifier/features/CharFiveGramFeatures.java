package org.sikiza.classifier.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 5-grams of each word, padded with {@code _} like {@link CharNGramFeatures}
 * ({@code c5=_hosp}, {@code c5=lini_}). Used with the 4-grams in the character view of the
 * ensemble. The length is fixed in the class (no constructor arguments) because OpenNLP re-creates
 * feature generators from their class name.
 */
public final class CharFiveGramFeatures implements FeatureGenerator {

  static final int N = 5;

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    Set<String> features = new LinkedHashSet<>();
    // Build each feature in one char buffer: "c5=" + the n-gram, one String allocation per feature.
    char[] buffer = new char[3 + N];
    "c5=".getChars(0, 3, buffer, 0);
    char[] padded = new char[34];
    for (String token : tokens) {
      if (token.startsWith("<")) {
        continue;
      }
      int length = token.length() + 2;
      if (padded.length < length) {
        padded = new char[length];
      }
      padded[0] = '_';
      token.getChars(0, token.length(), padded, 1);
      padded[length - 1] = '_';
      for (int start = 0; start + N <= length; start++) {
        System.arraycopy(padded, start, buffer, 3, N);
        features.add(new String(buffer));
      }
    }
    return features;
  }
}
