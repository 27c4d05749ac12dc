package org.sikiza.classifier.features;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Function;

/**
 * The features a generator computed for the last message on each thread. Each ensemble member runs its own
 * feature generators, so the cue lexicons would otherwise be looked up twice per message; the cache is keyed by
 * the tokens' content (a copy), so a reused or changed array cannot return stale features.
 */
final class LastResult {

  private static final class Entry {
    private String[] tokens;
    private Collection<String> features;
  }

  private final ThreadLocal<Entry> last = ThreadLocal.withInitial(Entry::new);

  /** The features of these tokens: the last ones computed on this thread if the tokens are the same. */
  Collection<String> computeIfNew(String[] tokens, Function<String[], Collection<String>> compute) {
    Entry entry = last.get();
    if (entry.tokens == null || !Arrays.equals(entry.tokens, tokens)) {
      entry.features = compute.apply(tokens);
      entry.tokens = tokens.clone();
    }
    return entry.features;
  }
}
