package org.sikiza.classifier.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Theme cues from {@link CueLexicon#themes()}: {@code t=SDG6} when the message has a water word, and
 * {@code t2=SDG6} when it has two or more, so a message full of water words counts for more than a
 * passing mention.
 */
public final class ThemeLexiconFeatures implements FeatureGenerator {

  private final CueLexicon lexicon = CueLexicon.themes();
  /** Both ensemble views use these features: the second call for the same message reuses the first. */
  private static final LastResult LAST = new LastResult();

  @Override
  public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
    return LAST.computeIfNew(tokens, this::compute);
  }

  private Collection<String> compute(String[] tokens) {
    List<String> hits = new ArrayList<>();
    lexicon.cues(tokens, hits);
    Map<String, Integer> counts = new HashMap<>();
    for (String code : hits) {
      counts.merge(code, 1, Integer::sum);
    }
    Set<String> features = new LinkedHashSet<>();
    counts.forEach((code, count) -> {
      features.add("t=" + code);
      if (count >= 2) {
        features.add("t2=" + code);
      }
    });
    return List.copyOf(features);
  }
}
