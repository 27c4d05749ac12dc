package org.sikiza.reporting.figures;

import java.util.Map;

/**
 * Unsuppressed counts of one period for one county (or the whole country): never published as they are.
 *
 * @param themes    messages per SDG theme (a message with two themes counts in both)
 * @param feedback  feedback messages: every classified message that is not OTHER, each once
 * @param other     messages labelled OTHER (greetings, song requests, noise)
 * @param channels  feedback messages per channel
 */
public record PeriodCounts(Map<String, Long> themes, long feedback, long other, Map<String, Long> channels) {

  public PeriodCounts {
    themes = Map.copyOf(themes);
    channels = Map.copyOf(channels);
  }

  public static final PeriodCounts EMPTY = new PeriodCounts(Map.of(), 0, 0, Map.of());

  public long theme(String code) {
    return themes.getOrDefault(code, 0L);
  }
}
