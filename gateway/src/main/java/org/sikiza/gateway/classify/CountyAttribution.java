package org.sikiza.gateway.classify;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides the county a message speaks for: the county a person declared for it (a caller on the phone menu, a host
 * for a call-in); else the place it names; else the county its sender last named
 * (including earlier messages of the same batch); else the county configured for its line; else unknown.
 * One instance per batch, fed messages in the order they were received.
 */
public final class CountyAttribution {

  /** A county and where it came from. */
  public record Attributed(String county, CountySource source) {}

  private final Function<String, Optional<String>> lineCounty;
  private final Map<String, String> namedInThisBatch = new HashMap<>();

  /** @param lineCounty the county configured for a line, if any */
  public CountyAttribution(Function<String, Optional<String>> lineCounty) {
    this.lineCounty = lineCounty;
  }

  public Optional<Attributed> attribute(ClaimedMessage message, Optional<String> namedInText) {
    if (message.declaredCounty() != null) {
      return Optional.of(new Attributed(message.declaredCounty(), CountySource.declared(message.declaredSource())));
    }
    if (namedInText.isPresent()) {
      if (message.participantId() != null) {
        namedInThisBatch.put(message.participantId(), namedInText.get());
      }
      return Optional.of(new Attributed(namedInText.get(), CountySource.MESSAGE));
    }
    String earlier = message.participantId() == null ? null
        : namedInThisBatch.getOrDefault(message.participantId(), message.senderCounty());
    if (earlier != null) {
      return Optional.of(new Attributed(earlier, CountySource.SENDER));
    }
    return lineCounty.apply(message.line()).map(county -> new Attributed(county, CountySource.LINE));
  }
}
