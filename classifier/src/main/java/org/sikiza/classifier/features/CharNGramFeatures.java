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
 * <p>The n-gram lengths are fixed here (3 to {@value #MAX_N}) rather than passed in, because OpenNLP
 * re-creates feature generators from their class name when a model is loaded.
 */
public final class CharNGramFeatures implements FeatureGenerator {

  static final int MIN_N = 3;
  static final int MAX_N = 5;

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    Set<String> features = new LinkedHashSet<>();
    StringBuilder padded = new StringBuilder(32);
    for (String token : tokens) {
      if (token.startsWith("<")) {
        continue; // placeholders such as <num> are whole-word features only
      }
      padded.setLength(0);
      padded.append('_').append(token).append('_');
      int length = padded.length();
      for (int n = MIN_N; n <= MAX_N; n++) {
        for (int start = 0; start + n <= length; start++) {
          features.add("c=" + padded.substring(start, start + n));
        }
      }
    }
    return features;
  }
}
