package org.sikiza.gateway.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.MultiMap;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.http.ApiException;

/** The choices carried from step to step in the URLs survive the trip, and anything else is refused. */
class CallStateTest {

  private static final VoiceSettings SETTINGS = new ConfigLoader(java.util.Map.of()).load().voice();

  private static MultiMap query(String query) {
    MultiMap params = MultiMap.caseInsensitiveMultiMap();
    new QueryStringDecoder("/x?" + query).parameters().forEach(params::add);
    return params;
  }

  @Test
  void menuStateRoundTrips() {
    MenuState state = new MenuState("swa", 43, 2);
    assertEquals(state, MenuState.parse(query(state.query()), SETTINGS));
    assertEquals(new MenuState("eng", 0, 1), MenuState.parse(query("lang=eng"), SETTINGS));
  }

  @Test
  void recordingContextRoundTripsWithTheLineEncoded() {
    RecordingContext context = new RecordingContext("eng", 42, "A".repeat(43), "+254700100200",
        Instant.ofEpochSecond(1_795_000_000L));
    assertEquals(context, RecordingContext.parse(query(context.query()), SETTINGS));
  }

  @Test
  void refusesStateWeDidNotWrite() {
    assertThrows(ApiException.class, () -> MenuState.parse(query("lang=fra"), SETTINGS));
    assertThrows(ApiException.class, () -> MenuState.parse(query("lang=eng&county=1000"), SETTINGS));
    assertThrows(ApiException.class, () -> RecordingContext.parse(query("lang=eng&caller=x&line=%2B1&at=1"), SETTINGS));
  }
}
