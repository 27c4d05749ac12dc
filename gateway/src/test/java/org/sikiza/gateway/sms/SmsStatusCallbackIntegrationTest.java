package org.sikiza.gateway.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioWebhookClient;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** {@code POST /twilio/sms/status}: signed, stored once per status, unknown statuses kept. */
class SmsStatusCallbackIntegrationTest {

  private static GatewayRig rig;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start();
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static Map<String, String> status(String sid, String status) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", GatewayRig.ACCOUNT_SID);
    params.put("MessageSid", sid);
    params.put("SmsSid", sid);
    params.put("MessageStatus", status);
    params.put("SmsStatus", status);
    params.put("From", GatewayRig.LINE);
    params.put("To", "+254722333444");
    params.put("ApiVersion", "2010-04-01");
    return params;
  }

  private static Answer post(Map<String, String> params) {
    return rig.twilio().post("/twilio/sms/status", params).await();
  }

  @Test
  void eachStatusIsStoredOnceAndRepeatsAreAnswered200() {
    String sid = rig.nextSid();
    assertEquals(new JsonObject().put("recorded", true), new JsonObject(post(status(sid, "sent")).body()));
    Answer repeat = post(status(sid, "sent"));
    assertEquals(200, repeat.status());
    assertEquals(new JsonObject().put("recorded", false), new JsonObject(repeat.body()));
    post(status(sid, "delivered"));
    assertEquals(2, rig.count("SELECT count(*) FROM sms_status_events WHERE message_sid = $1", sid));
  }

  @Test
  void failuresKeepTheirErrorCode() {
    String sid = rig.nextSid();
    Map<String, String> params = status(sid, "undelivered");
    params.put("ErrorCode", "30005");
    post(params);
    Row row = rig.query("SELECT status, error_code, known_status FROM sms_status_events WHERE message_sid = $1", sid)
        .iterator().next();
    assertEquals("undelivered", row.getString(0));
    assertEquals("30005", row.getString(1));
    assertEquals(true, row.getBoolean(2));
  }

  @Test
  void anUnknownStatusIsRecordedNotRejected() {
    String sid = rig.nextSid();
    assertEquals(200, post(status(sid, "teleported")).status());
    assertEquals(false, rig.query("SELECT known_status FROM sms_status_events WHERE message_sid = $1", sid)
        .iterator().next().getBoolean(0));
  }

  @Test
  void theRecipientsNumberIsNotStored() {
    String sid = rig.nextSid();
    post(status(sid, "delivered"));
    String stored = rig.query("SELECT string_agg(e::text, ' ') FROM sms_status_events e").iterator().next().getString(0);
    assertFalse(stored.contains("722333444"));
  }

  @Test
  void missingFieldsGet400AndBadSignaturesGet403() {
    Map<String, String> noStatus = status(rig.nextSid(), "sent");
    noStatus.remove("MessageStatus");
    Answer missing = post(noStatus);
    assertEquals(400, missing.status());
    assertEquals("MessageStatus is required (a status word)",
        new JsonObject(missing.body()).getJsonArray("validation_errors").getString(0));
    Map<String, String> badCode = status(rig.nextSid(), "failed");
    badCode.put("ErrorCode", "not-a-code");
    assertEquals(400, post(badCode).status());
    Map<String, String> params = status(rig.nextSid(), "sent");
    TwilioWebhookClient forger = new TwilioWebhookClient(rig.http(), "another-token", GatewayRig.PUBLIC_URL,
        URI.create("http://localhost:" + rig.port()));
    Answer forged = forger.post("/twilio/sms/status", params).await();
    assertEquals(403, forged.status());
    assertEquals(0, rig.count("SELECT count(*) FROM sms_status_events WHERE message_sid = $1", params.get("MessageSid")));
  }
}
