package org.sikiza.gateway.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.outbound.SendResult.Rejected;
import org.sikiza.gateway.outbound.SendResult.Retry;

class OutboundSettingsTest {

  private static final OutboundSettings SETTINGS = new ConfigLoader(Map.of("SIKIZA_TWILIO_API_URL", "http://localhost:1"))
      .load().outbound();

  @Test
  void pacesEachKindOfSenderAtItsOwnRate() {
    assertEquals(Duration.ofSeconds(1), SETTINGS.spacingFor("+254700100200"), "a long code: 1 per second");
    assertEquals(Duration.ofMillis(10), SETTINGS.spacingFor("22555"), "a short code: 100 per second");
    assertEquals(Duration.ofMillis(100), SETTINGS.spacingFor("SIKIZA"), "an alphanumeric sender: 10 per second");
    assertEquals("http://localhost:1", SETTINGS.apiBaseUrl());
  }

  @Test
  void backsOffExponentiallyUpToACap() {
    assertEquals(Duration.ofSeconds(2), SETTINGS.backoff(1));
    assertEquals(Duration.ofSeconds(4), SETTINGS.backoff(2));
    assertEquals(Duration.ofSeconds(16), SETTINGS.backoff(4));
    assertEquals(Duration.ofMinutes(5), SETTINGS.backoff(30));
  }

  @Test
  void sortsTwiliosAnswersIntoRetryAndRefusal() {
    assertEquals(Retry.class, TwilioSmsSender.classify(429, 20429).getClass());
    assertEquals(Retry.class, TwilioSmsSender.classify(500, null).getClass());
    assertEquals(Retry.class, TwilioSmsSender.classify(503, 20503).getClass());
    assertEquals(Retry.class, TwilioSmsSender.classify(401, 20003).getClass(), "credentials can be fixed meanwhile");
    assertEquals(Rejected.class, TwilioSmsSender.classify(400, 21211).getClass());
    assertEquals(Rejected.class, TwilioSmsSender.classify(400, 21610).getClass());
    assertEquals("twilio_status=400 twilio_error=21211", ((Rejected) TwilioSmsSender.classify(400, 21211)).reason());
  }
}
