package org.sikiza.classifier.features;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The length of the message in words, bucketed ({@code len=1}, {@code len=2-3}, ...): one- and
 * two-word messages ("received", "safi sana") are nearly always OTHER.
 */
public final class MessageShapeFeatures implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    int n = tokens.length;
    String bucket = n <= 1 ? "1" : n <= 3 ? "2-3" : n <= 7 ? "4-7" : n <= 15 ? "8-15" : "16+";
    return List.of("len=" + bucket);
  }
}
