package org.sikiza.gateway.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.GatewayRig;

/** Stored feedback is classified in the background: labels, language, county, rollups in one transaction. */
class ClassificationIntegrationTest {

  static final String COUNTY_RADIO_LINE = "+254700100999";
  private static GatewayRig rig;

  @BeforeAll
  static void start() throws IOException {
    rig = GatewayRig.start(Map.of("SIKIZA_CONFIG_DIR", configWithCountyLine().toString()));
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  /** A deployment whose county radio station's line falls back to Kisumu. */
  static Path configWithCountyLine() throws IOException {
    Path dir = Files.createTempDirectory("sikiza-config");
    Files.writeString(dir.resolve("lines.json"), """
        {"lines": [
          {"number": "+254700100200", "name": "Radio Sauti ya Jamii", "language": "swa", "county": null},
          {"number": "%s", "name": "Radio Lake Victoria", "language": "swa", "county": "kisumu"}
        ]}""".formatted(COUNTY_RADIO_LINE));
    return dir;
  }

  private static void waitUntilClassified() {
    Eventually.within(Duration.ofSeconds(30), "the classification queue to drain",
        () -> rig.count("SELECT count(*) FROM messages WHERE classified_at IS NULL AND kind = 'feedback'") == 0);
  }

  private static Row message(String sid) {
    return rig.query("SELECT * FROM messages WHERE provider_sid = $1", sid).iterator().next();
  }

  @Test
  void feedbackGetsModelLabelsLanguageAndTheCountyItNames() {
    String sid = rig.nextSid();
    rig.sms(sid, "+254744000001", "Hospitali ya Kisumu haina dawa wala daktari, wagonjwa wanateseka sana");
    waitUntilClassified();
    Row row = message(sid);
    assertEquals("kisumu", row.getString("county"));
    assertEquals("message", row.getString("county_source"));
    assertFalse(row.getString("language").isBlank());
    assertEquals(rig.services().classifier().modelVersion(), row.getString("model_version"));
    Row label = rig.query("SELECT theme, origin, score, model_version FROM message_labels WHERE message_id = $1 "
        + "ORDER BY score DESC LIMIT 1", row.getLong("id")).iterator().next();
    assertEquals("SDG3", label.getString("theme"), "a hospital without medicine is a health message");
    assertEquals("model", label.getString("origin"));
    assertTrue(label.getFloat("score") > 0 && label.getFloat("score") <= 1);
  }

  @Test
  void aMessageNamingNoPlaceTakesTheSendersLastCountyThenTheLinesCounty() {
    String first = rig.nextSid();
    String later = rig.nextSid();
    rig.sms(first, "+254744000002", "Barabara ya Garissa mjini imeharibika kabisa");
    waitUntilClassified();
    rig.sms(later, "+254744000002", "Bado hakuna aliyekuja kurekebisha barabara");
    String onRadioLine = rig.nextSid();
    rig.twilio().post("/twilio/sms", org.sikiza.gateway.twilio.InboundSmsParams.of(GatewayRig.ACCOUNT_SID, onRadioLine,
        "+254744000003", COUNTY_RADIO_LINE, "Maji ya bomba hayatoki wiki nzima", java.util.List.of())).await();
    String nowhere = rig.nextSid();
    rig.sms(nowhere, "+254744000004", "Walimu hawatoshi shuleni kwetu");
    waitUntilClassified();
    assertEquals("garissa", message(later).getString("county"));
    assertEquals("sender", message(later).getString("county_source"));
    assertEquals("kisumu", message(onRadioLine).getString("county"));
    assertEquals("line", message(onRadioLine).getString("county_source"));
    assertNull(message(nowhere).getString("county"), "no evidence, no county: an honest unknown");
    assertEquals(1, rig.count("SELECT count(*) FROM county_participants WHERE county = 'unknown' AND participant_id = $1",
        message(nowhere).getString("participant_id")));
  }

  @Test
  void controlMessagesAreNeitherClassifiedNorCounted() {
    String sid = rig.nextSid();
    rig.sms(sid, "+254744000005", "STOP");
    waitUntilClassified();
    assertNull(message(sid).getOffsetDateTime("classified_at"));
    assertEquals(0, rig.count("SELECT count(*) FROM message_labels WHERE message_id = $1", message(sid).getLong("id")));
  }

  @Test
  void rollupsMatchAFullRecountAndCountEveryFeedbackMessageOnce() {
    for (int i = 0; i < 40; i++) {
      rig.sms(rig.nextSid(), "+2547440001" + String.format("%02d", i), i % 2 == 0
          ? "Polisi wa Nakuru wanadai hongo kila siku barabarani" : "Asante kwa wimbo mzuri DJ, salamu kwa mama");
    }
    waitUntilClassified();
    assertEquals(0, RollupAudit.differences(rig.pool(), rig.config().timeZone()).await());
    assertEquals(rig.count("SELECT count(*) FROM messages WHERE kind = 'feedback'"),
        rig.count("SELECT coalesce(sum(messages), 0) FROM message_rollups"));
  }
}
