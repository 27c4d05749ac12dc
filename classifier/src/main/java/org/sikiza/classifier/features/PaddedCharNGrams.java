package org.sikiza.classifier.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams of each word, padded with {@code _} at both ends so prefixes and suffixes are marked
 * ({@code _hos}, {@code ini_}). Subclasses fix the length and feature prefix in their no-argument constructor,
 * because OpenNLP re-creates feature generators from their class name when a model is loaded (the pitfall of its
 * own {@code NGramFeatureGenerator(min, max)}).
 */
abstract class PaddedCharNGrams implements FeatureGenerator {

  private final String prefix;
  private final int n;

  PaddedCharNGrams(String prefix, int n) {
    this.prefix = prefix;
    this.n = n;
  }

  @Override
  public final Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    Set<String> features = new LinkedHashSet<>();
    // Build each feature in one char buffer: prefix + the n-gram, one String allocation per feature.
    int offset = prefix.length();
    char[] buffer = new char[offset + n];
    prefix.getChars(0, offset, buffer, 0);
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
      for (int start = 0; start + n <= length; start++) {
        System.arraycopy(padded, start, buffer, offset, n);
        features.add(new String(buffer));
      }
    }
    return features;
  }
}
