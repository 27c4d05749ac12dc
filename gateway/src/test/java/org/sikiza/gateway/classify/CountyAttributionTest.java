package org.sikiza.gateway.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.classify.CountyAttribution.Attributed;

class CountyAttributionTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-01T10:00:00Z");
  private final CountyAttribution attribution =
      new CountyAttribution(line -> Optional.ofNullable(Map.of("+254700100999", "kisumu").get(line)));

  private static ClaimedMessage message(String participant, String line, String senderCounty) {
    return new ClaimedMessage(1, "text", participant, line, "sms", AT, senderCounty);
  }

  @Test
  void aPlaceNamedInTheMessageComesFirst() {
    assertEquals(Optional.of(new Attributed("nakuru", CountySource.MESSAGE)),
        attribution.attribute(message("p1", "+254700100999", "mombasa"), Optional.of("nakuru")));
  }

  @Test
  void elseTheSendersLastCounty() {
    assertEquals(Optional.of(new Attributed("mombasa", CountySource.SENDER)),
        attribution.attribute(message("p1", "+254700100999", "mombasa"), Optional.empty()));
  }

  @Test
  void aCountyNamedEarlierInTheSameBatchCountsAsTheSendersLast() {
    attribution.attribute(message("p2", "22555", null), Optional.of("garissa"));
    assertEquals(Optional.of(new Attributed("garissa", CountySource.SENDER)),
        attribution.attribute(message("p2", "22555", "turkana"), Optional.empty()));
  }

  @Test
  void elseTheLinesCountyElseUnknown() {
    assertEquals(Optional.of(new Attributed("kisumu", CountySource.LINE)),
        attribution.attribute(message("p3", "+254700100999", null), Optional.empty()));
    assertTrue(attribution.attribute(message("p4", "22555", null), Optional.empty()).isEmpty());
  }
}
