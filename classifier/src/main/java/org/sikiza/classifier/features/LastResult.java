package org.sikiza.classifier.features;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The features a generator computed for the last message on this thread. Each ensemble member runs
 * its own feature generators, so the cue lexicons would otherwise be looked up twice per message;
 * the cache is keyed by the tokens' content (a copy), so a reused or changed array cannot return
 * stale features.
 */
final class LastResult {

  private String[] tokens;
  Collection<String> features = List.of();

  boolean matches(String[] candidate) {
    return tokens != null && Arrays.equals(tokens, candidate);
  }

  void remember(String[] newTokens, Collection<String> newFeatures) {
    tokens = newTokens.clone();
    features = newFeatures;
  }
}
