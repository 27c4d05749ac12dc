package org.sikiza.gateway.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.programmes.ApiCalls;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.GatewayRig;

/** A caller's transcript is classified by the background workers like any SMS, and counted in the rollups. */
class VoiceClassificationIntegrationTest {

  private static GatewayRig rig;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start(ApiCalls.adminEnv());
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  @Test
  void aTranscribedCallIsClassifiedAndCounted() {
    TwilioCall call = new TwilioCall(rig, "+254744000100", "+254711000300");
    Twiml record = call.press(call.press(call.dial(), "1"), "#");
    String recording = "RE" + "7".repeat(32);
    call.finishRecording(record, recording, 20);
    call.recordingCallback(record, recording, "completed", 20);
    call.transcriptionCallback(record, recording, "TR" + "7".repeat(32), "completed",
        "The hospital in Kisumu has no medicine and no doctor, patients are suffering a lot.");
    Eventually.within(Duration.ofSeconds(30), "the voice message to be classified",
        () -> rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1 AND classified_at IS NOT NULL", recording) == 1);
    long id = rig.query("SELECT id FROM messages WHERE provider_sid = $1", recording).iterator().next().getLong(0);
    assertTrue(rig.count("SELECT count(*) FROM message_labels WHERE message_id = $1 AND theme = 'SDG3'", id) == 1,
        "a hospital without medicine is a health message");
    assertTrue(rig.count("SELECT coalesce(sum(messages), 0) FROM message_rollups WHERE channel = 'voice'") >= 1);
    assertEquals(0, rig.count("SELECT count(*) FROM messages WHERE id = $1 AND classified_at IS NULL AND kind = 'feedback'", id));
  }
}
