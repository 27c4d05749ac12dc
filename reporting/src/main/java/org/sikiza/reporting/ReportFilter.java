package org.sikiza.reporting;

import java.util.Optional;
import java.util.Set;

/**
 * What a report covers besides its period: one channel, one radio programme (by slug), one episode (by id), each
 * optional. Channel is answered from the rollups; programme and episode only by indexed queries on messages.
 */
public record ReportFilter(Optional<String> channel, Optional<String> programme, Optional<Long> episode) {

  /** The channels messages arrive on ({@code messages.channel}). */
  public static final Set<String> CHANNELS = Set.of("sms", "voice", "callin");

  public static final ReportFilter NONE = new ReportFilter(Optional.empty(), Optional.empty(), Optional.empty());

  public ReportFilter {
    channel = channel.filter(value -> !value.isBlank());
    programme = programme.filter(value -> !value.isBlank());
    if (channel.isPresent() && !CHANNELS.contains(channel.get())) {
      throw new IllegalArgumentException("channel must be one of sms, voice, callin");
    }
  }

  public static ReportFilter channel(String channel) {
    return new ReportFilter(Optional.of(channel), Optional.empty(), Optional.empty());
  }

  /** True when the rollup tables cannot answer the report and messages must be queried. */
  public boolean needsMessages() {
    return programme.isPresent() || episode.isPresent();
  }

  public boolean isEmpty() {
    return channel.isEmpty() && !needsMessages();
  }
}
