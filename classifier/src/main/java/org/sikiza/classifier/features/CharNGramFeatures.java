package org.sikiza.classifier.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams of each word, padded with {@code _} at both ends so prefixes and suffixes are
 * marked ({@code _hos}, {@code ini_}). They carry misspellings, Sheng spellings and Swahili
 * agglutination ({@code hospitalini}, {@code wanafunzi}) that whole-word features miss.
 *
 * <p>Only 4-grams: with 3- and 5-grams as well, spelling features outnumber the word and cue
 * features about ten to one and dev accuracy dropped. The length is fixed here rather than passed
 * to a constructor because OpenNLP re-creates feature generators from their class name when a model
 * is loaded (the pitfall of its own {@code NGramFeatureGenerator(min, max)}).
 */
public final class CharNGramFeatures implements FeatureGenerator {

  static final int N = 4;

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    Set<String> features = new LinkedHashSet<>();
    // Build each feature in one char buffer: "c=" + the n-gram, one String allocation per feature.
    char[] buffer = new char[2 + N];
    "c=".getChars(0, 2, buffer, 0);
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
        System.arraycopy(padded, start, buffer, 2, N);
        features.add(new String(buffer));
      }
    }
    return features;
  }
}
