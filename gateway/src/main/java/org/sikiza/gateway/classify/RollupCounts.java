package org.sikiza.gateway.classify;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to the report rollups accumulated over a batch, in a fixed key order so that concurrent workers
 * update rows in the same order and cannot deadlock. Counts may be negative (reclassification removes).
 */
public final class RollupCounts {

  public static final String UNKNOWN_COUNTY = "unknown";

  /** A cell of {@code theme_rollups}. */
  public record ThemeKey(String county, String theme, LocalDate day, String channel) implements Comparable<ThemeKey> {
    @Override
    public int compareTo(ThemeKey other) {
      return (county + '\0' + theme + '\0' + day + '\0' + channel)
          .compareTo(other.county + '\0' + other.theme + '\0' + other.day + '\0' + other.channel);
    }
  }

  /** A cell of {@code message_rollups}. */
  public record MessageKey(String county, LocalDate day, String channel) implements Comparable<MessageKey> {
    @Override
    public int compareTo(MessageKey other) {
      return (county + '\0' + day + '\0' + channel).compareTo(other.county + '\0' + other.day + '\0' + other.channel);
    }
  }

  private final Map<ThemeKey, Integer> themes = new TreeMap<>();
  private final Map<MessageKey, Integer> messages = new TreeMap<>();

  /** Counts (sign +1) or uncounts (sign -1) a message under a county with the given themes. */
  public void add(String county, Iterable<String> labels, LocalDate day, String channel, int sign) {
    messages.merge(new MessageKey(county, day, channel), sign, Integer::sum);
    for (String theme : labels) {
      themes.merge(new ThemeKey(county, theme, day, channel), sign, Integer::sum);
    }
  }

  public Map<ThemeKey, Integer> themes() {
    themes.values().removeIf(delta -> delta == 0);
    return themes;
  }

  public Map<MessageKey, Integer> messages() {
    messages.values().removeIf(delta -> delta == 0);
    return messages;
  }
}
