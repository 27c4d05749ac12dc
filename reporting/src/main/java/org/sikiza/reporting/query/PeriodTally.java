package org.sikiza.reporting.query;

import java.util.HashMap;
import java.util.Map;
import org.sikiza.reporting.catalogue.ThemeCatalogue;
import org.sikiza.reporting.figures.PeriodCounts;

/**
 * Adds up rollup rows of one period into {@link PeriodCounts}. Feedback is every classified message less those
 * labelled OTHER: OTHER is never combined with an SDG label, so each message is either one or the other.
 */
final class PeriodTally {

  private final Map<String, Long> themes = new HashMap<>();
  private final Map<String, Long> messagesByChannel = new HashMap<>();
  private final Map<String, Long> otherByChannel = new HashMap<>();

  void theme(String theme, String channel, long messages) {
    if (messages == 0) {
      return;
    }
    if (ThemeCatalogue.OTHER.equals(theme)) {
      otherByChannel.merge(channel, messages, Long::sum);
    } else {
      themes.merge(theme, messages, Long::sum);
    }
  }

  void messages(String channel, long messages) {
    if (messages != 0) {
      messagesByChannel.merge(channel, messages, Long::sum);
    }
  }

  PeriodCounts counts() {
    Map<String, Long> feedbackByChannel = new HashMap<>();
    long feedback = 0;
    long other = 0;
    for (Map.Entry<String, Long> entry : messagesByChannel.entrySet()) {
      long channelOther = otherByChannel.getOrDefault(entry.getKey(), 0L);
      long channelFeedback = Math.max(0, entry.getValue() - channelOther);
      feedbackByChannel.put(entry.getKey(), channelFeedback);
      feedback += channelFeedback;
      other += channelOther;
    }
    themes.values().removeIf(count -> count <= 0);
    return new PeriodCounts(themes, feedback, other, feedbackByChannel);
  }
}
