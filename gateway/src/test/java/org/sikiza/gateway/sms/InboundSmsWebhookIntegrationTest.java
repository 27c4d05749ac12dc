package org.sikiza.gateway.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.testing.LogCapture;
import org.sikiza.gateway.twilio.TwilioRequestSigner;
import org.sikiza.gateway.twilio.TwilioWebhookClient;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** {@code POST /twilio/sms} against the real PostgreSQL, signed exactly as Twilio signs. */
class InboundSmsWebhookIntegrationTest {

  private static GatewayRig rig;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start();
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  @Test
  void storesTheMessageAndAcknowledgesWithTwiml() {
    String sid = rig.nextSid();
    Answer answer = rig.sms(sid, "0712000001", "Hospitali ya Kisumu haina dawa wiki hii");
    assertEquals(200, answer.status());
    assertTrue(answer.body().contains("<Response><Message"), answer.body());
    assertTrue(answer.body().contains("Asante, tumepokea"), "the Swahili line answers in Swahili: " + answer.body());
    assertTrue(answer.body().contains("statusCallback=\"https://sikiza.example.org/twilio/sms/status\""));
    Row row = rig.query("SELECT * FROM messages WHERE provider_sid = $1", sid).iterator().next();
    assertEquals("sms", row.getString("channel"));
    assertEquals("feedback", row.getString("kind"));
    assertEquals(GatewayRig.LINE, row.getString("line"));
    assertEquals("Hospitali ya Kisumu haina dawa wiki hii", row.getString("body"));
    assertEquals(1, row.getInteger("segments"));
    assertEquals(43, row.getString("participant_id").length());
  }

  @Test
  void theSameSenderInAnyNumberFormIsOneParticipant() {
    String a = rig.nextSid();
    String b = rig.nextSid();
    String c = rig.nextSid();
    rig.sms(a, "+254712000002", "one");
    rig.sms(b, "0712000002", "two");
    rig.sms(c, "254712000002", "three");
    assertEquals(1, rig.count("SELECT count(DISTINCT participant_id) FROM messages WHERE provider_sid IN ($1, $2, $3)",
        a, b, c));
  }

  @Test
  void noRawPhoneNumberReachesTheDatabaseOrTheLogs() {
    try (LogCapture logs = new LogCapture()) {
      String sid = rig.nextSid();
      rig.sms(sid, "+254798765432", "Polisi wanadai hongo kwa barabara ya Nakuru");
      rig.twilio().post("/twilio/sms", Map.of("From", "+254798765432", "Body", "no sid")).await();
      Map<String, String> forged = rig.smsParams(rig.nextSid(), "+254798765432", "forged");
      rig.twilio().post("/twilio/sms?tampered=1", forged).await();
      String everything = rig.query("SELECT string_agg(m::text, ' ') FROM messages m").iterator().next().getString(0);
      for (String form : List.of("798765432", "0798765432")) {
        assertFalse(everything.contains(form), "a phone number is stored in messages");
        logs.lines().forEach(line -> assertFalse(line.contains(form), "a phone number is logged: " + line));
      }
    }
  }

  @Test
  void aRetriedWebhookStoresNothingNewAndIsNotAnsweredTwice() {
    String sid = rig.nextSid();
    Answer first = rig.sms(sid, "+254712000003", "Barabara ya Kitui imeharibika");
    Answer retry = rig.sms(sid, "+254712000003", "Barabara ya Kitui imeharibika");
    assertEquals(200, first.status());
    assertEquals(200, retry.status());
    assertTrue(first.body().contains("<Message"));
    assertFalse(retry.body().contains("<Message"), "a retry must not send the reply again: " + retry.body());
    assertEquals(1, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", sid));
  }

  @Test
  void twentyCopiesAtOnceStoreOneMessageAndSendOneReply() {
    String sid = rig.nextSid();
    Map<String, String> params = rig.smsParams(sid, "+254712000004", "Maji ya bomba hayatoki Machakos");
    List<Future<Answer>> copies = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      copies.add(rig.twilio().post("/twilio/sms", params));
    }
    Future.all(copies).await();
    assertTrue(copies.stream().allMatch(copy -> copy.result().status() == 200));
    assertEquals(1, copies.stream().filter(copy -> copy.result().body().contains("<Message")).count());
    assertEquals(1, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", sid));
  }

  @Test
  void anMmsWithAnEmptyBodyKeepsItsMedia() {
    String sid = "MM" + rig.nextSid().substring(2);
    Map<String, String> params = new LinkedHashMap<>(rig.smsParams(sid, "+254712000005", ""));
    params.put("NumMedia", "1");
    params.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
    params.put("MediaContentType0", "image/jpeg");
    assertEquals(200, rig.twilio().post("/twilio/sms", params).await().status());
    Row row = rig.query("SELECT body, media FROM messages WHERE provider_sid = $1", sid).iterator().next();
    assertEquals("", row.getString("body"));
    JsonArray media = (JsonArray) row.getValue("media");
    assertEquals("image/jpeg", media.getJsonObject(0).getString("content_type"));
  }

  @Test
  void unknownParametersAreIgnored() {
    String sid = rig.nextSid();
    Map<String, String> params = new LinkedHashMap<>(rig.smsParams(sid, "+254712000006", "Asante kwa kipindi"));
    params.put("SomethingTwilioAddsNextYear", "value");
    params.put("FromCity", "KISUMU");
    assertEquals(200, rig.twilio().post("/twilio/sms", params).await().status());
    assertEquals(1, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", sid));
  }

  @Test
  void aMissingSignatureIsRejectedWith403() {
    String sid = rig.nextSid();
    Answer answer = sendRaw("/twilio/sms", TwilioWebhookClient.encode(rig.smsParams(sid, "+254712000007", "hi")),
        null, "application/x-www-form-urlencoded");
    assertError(answer, 403, "bad_signature");
    assertEquals(0, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", sid));
  }

  @Test
  void aWrongSignatureOrOneMadeForAnotherUrlIsRejectedWith403() {
    String sid = rig.nextSid();
    Map<String, String> params = rig.smsParams(sid, "+254712000008", "hi");
    String body = TwilioWebhookClient.encode(params);
    String otherToken = new TwilioRequestSigner("not-our-token").sign(GatewayRig.PUBLIC_URL + "/twilio/sms", params);
    assertError(sendRaw("/twilio/sms", body, otherToken, "application/x-www-form-urlencoded"), 403, "bad_signature");
    String otherUrl = new TwilioRequestSigner(GatewayRig.AUTH_TOKEN).sign("https://elsewhere.example.org/twilio/sms", params);
    assertError(sendRaw("/twilio/sms", body, otherUrl, "application/x-www-form-urlencoded"), 403, "bad_signature");
    String otherPath = new TwilioRequestSigner(GatewayRig.AUTH_TOKEN).sign(GatewayRig.PUBLIC_URL + "/twilio/voice", params);
    assertError(sendRaw("/twilio/sms", body, otherPath, "application/x-www-form-urlencoded"), 403, "bad_signature");
    Map<String, String> tampered = new LinkedHashMap<>(params);
    tampered.put("Body", "changed on the way");
    String signedOriginal = new TwilioRequestSigner(GatewayRig.AUTH_TOKEN).sign(GatewayRig.PUBLIC_URL + "/twilio/sms", params);
    assertError(sendRaw("/twilio/sms", TwilioWebhookClient.encode(tampered), signedOriginal,
        "application/x-www-form-urlencoded"), 403, "bad_signature");
    assertEquals(0, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", sid));
  }

  @Test
  void theSignatureCoversTheQueryString() {
    String sid = rig.nextSid();
    Map<String, String> params = rig.smsParams(sid, "+254712000009", "with query");
    Answer signedWithQuery = rig.twilio().post("/twilio/sms?line=radio", params).await();
    assertEquals(200, signedWithQuery.status());
    String signedWithout = new TwilioRequestSigner(GatewayRig.AUTH_TOKEN).sign(GatewayRig.PUBLIC_URL + "/twilio/sms", params);
    assertError(sendRaw("/twilio/sms?line=radio", TwilioWebhookClient.encode(params), signedWithout,
        "application/x-www-form-urlencoded"), 403, "bad_signature");
  }

  @Test
  void missingRequiredFieldsGet400NamingThemWithoutEchoingTheNumber() {
    Map<String, String> noSid = new LinkedHashMap<>(rig.smsParams("x", "+254712000010", "hi"));
    noSid.remove("MessageSid");
    Answer answer = rig.twilio().post("/twilio/sms", noSid).await();
    JsonObject error = assertError(answer, 400, "bad_request");
    assertEquals(new JsonArray().add("MessageSid is required"), error.getJsonArray("validation_errors"));
    assertFalse(answer.body().contains("712000010"));

    Map<String, String> noFromTo = new LinkedHashMap<>(rig.smsParams(rig.nextSid(), "+254712000010", "hi"));
    noFromTo.remove("From");
    noFromTo.remove("To");
    JsonObject both = assertError(rig.twilio().post("/twilio/sms", noFromTo).await(), 400, "bad_request");
    assertEquals(new JsonArray().add("From is required").add("To is required"), both.getJsonArray("validation_errors"));
  }

  @Test
  void anEmptyBodyWithoutMediaGets400() {
    String sid = rig.nextSid();
    JsonObject error = assertError(rig.sms(sid, "+254712000011", ""), 400, "bad_request");
    assertTrue(error.getString("message").contains("Body is required"));
    assertEquals(0, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", sid));
  }

  @Test
  void malformedCountsGet400() {
    Map<String, String> params = new LinkedHashMap<>(rig.smsParams(rig.nextSid(), "+254712000012", "hi"));
    params.put("NumMedia", "lots");
    JsonObject error = assertError(rig.twilio().post("/twilio/sms", params).await(), 400, "bad_request");
    assertEquals("NumMedia must be a whole number from 0 to 10", error.getJsonArray("validation_errors").getString(0));
  }

  @Test
  void aBodyOverTheLimitGets413() {
    String sid = rig.nextSid();
    String huge = "a".repeat(70 * 1024);
    JsonObject error = assertError(rig.sms(sid, "+254712000013", huge), 413, "payload_too_large");
    assertTrue(error.getString("message").contains("limit"));
    assertEquals(0, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", sid));
  }

  @Test
  void aConnectionThatSentAnOversizedBodyIsNotReusedForTheNextWebhook() {
    for (int i = 0; i < 5; i++) {
      assertEquals(413, rig.sms(rig.nextSid(), "+254712000015", "b".repeat(70 * 1024)).status());
      Answer next = rig.sms(rig.nextSid(), "+254712000015", "ujumbe halali " + i);
      assertEquals(200, next.status(), next.body());
      assertTrue(next.body().contains("<Response>"), "the next webhook got its own answer: " + next.body());
    }
  }

  @Test
  void aJsonBodyIsNotAWebhookAndGets415() {
    assertError(sendRaw("/twilio/sms", "{\"MessageSid\":\"SM1\"}", "sig", "application/json"), 415,
        "unsupported_media_type");
  }

  @Test
  void unknownPathsAndMethodsGetJsonErrors() {
    assertError(rig.get("/nowhere"), 404, "not_found");
  }

  @Test
  void aGetOnTheWebhookGets405() {
    assertError(rig.get("/twilio/sms"), 405, "method_not_allowed");
  }

  @Test
  void rejectionsAreCountedInMetrics() {
    rig.sms(rig.nextSid(), "+254712000014", "");
    String metrics = rig.get("/metrics").body();
    assertTrue(metrics.contains("sikiza_webhook_rejections_total{reason=\"bad_request\"}"), metrics);
    assertTrue(metrics.contains("sikiza_messages_received_total{channel=\"sms\",outcome=\"stored\"}"));
    assertTrue(metrics.contains("sikiza_webhook_ack_latency_seconds_bucket"));
    assertTrue(metrics.contains("sikiza_spool_depth"));
  }

  private static JsonObject assertError(Answer answer, int status, String error) {
    assertEquals(status, answer.status(), answer.body());
    assertFalse(answer.body().isBlank(), "an error answer must say what is wrong");
    JsonObject body = new JsonObject(answer.body());
    assertEquals(status, body.getInteger("error_code"));
    assertEquals(error, body.getString("error"));
    assertFalse(body.getString("message").isBlank());
    return body;
  }

  private static Answer sendRaw(String path, String body, String signature, String contentType) {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(path)
        .putHeader("Content-Type", contentType);
    if (signature != null) {
      options.putHeader("X-Twilio-Signature", signature);
    }
    return rig.send(options, body);
  }
}
