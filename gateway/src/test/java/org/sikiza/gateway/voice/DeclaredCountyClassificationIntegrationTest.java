package org.sikiza.gateway.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.programmes.ApiCalls;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.GatewayRig;

/**
 * A county a person declared (a caller on the keypad, a host for a call-in) is the county the message counts for,
 * after classification too, even when the text names another place.
 */
class DeclaredCountyClassificationIntegrationTest {

  private static GatewayRig rig;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start(ApiCalls.adminEnv());
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static Row classified(String sid) {
    Eventually.within(Duration.ofSeconds(30), sid + " to be classified",
        () -> rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1 AND classified_at IS NOT NULL", sid) == 1);
    return rig.query("SELECT county, county_source FROM messages WHERE provider_sid = $1", sid).iterator().next();
  }

  @Test
  void theCallersKeypadCountyStands() {
    TwilioCall call = new TwilioCall(rig, "+254744000200", "+254711000400");
    Twiml record = call.press(call.press(call.dial(), "1"), "32#");
    String recording = "RE" + "8".repeat(32);
    call.finishRecording(record, recording, 20);
    call.recordingCallback(record, recording, "completed", 20);
    call.transcriptionCallback(record, recording, "TR" + "8".repeat(32), "completed",
        "My sister in Kisumu says the hospital there has no medicine.");
    Row message = classified(recording);
    assertEquals("nakuru", message.getString("county"));
    assertEquals("caller", message.getString("county_source"));
    assertEquals(1, rig.count("SELECT count(*) FROM county_participants WHERE county = 'nakuru' AND channel = 'voice'"));
  }

  @Test
  void theHostsCountyStands() {
    ApiCalls api = new ApiCalls(rig);
    JsonObject created = api.json(api.post("/api/callins", new JsonObject().put("county", "Siaya")
        .put("text", "A caller said the road to Kisumu is impassable")), 201);
    String sid = rig.query("SELECT provider_sid FROM messages WHERE id = $1", created.getLong("id")).iterator().next()
        .getString(0);
    Row message = classified(sid);
    assertEquals("siaya", message.getString("county"));
    assertEquals("host", message.getString("county_source"));
  }
}
