package org.sikiza.classifier.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;
import org.sikiza.classifier.text.LightStemmer;

/**
 * Light stems from {@link LightStemmer} ({@code s=maji} for {@code majini}), so Swahili noun-class,
 * locative and verb forms and English plurals share evidence.
 */
public final class StemFeatures implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    Set<String> features = new LinkedHashSet<>();
    List<String> stems = new ArrayList<>(4);
    for (String token : tokens) {
      stems.clear();
      LightStemmer.stems(token, stems);
      for (String stem : stems) {
        features.add("s=" + stem);
      }
    }
    return features;
  }
}
