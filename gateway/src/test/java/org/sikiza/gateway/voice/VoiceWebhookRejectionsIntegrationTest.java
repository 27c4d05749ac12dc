package org.sikiza.gateway.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.programmes.ApiCalls;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioRequestSigner;
import org.sikiza.gateway.twilio.TwilioWebhookClient;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** Every kind of bad voice webhook and transcription-queue request gets its clear answer, and stores nothing. */
class VoiceWebhookRejectionsIntegrationTest {

  static final String LINE = "+254711000200";
  private static GatewayRig rig;
  private static ApiCalls api;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start(ApiCalls.adminEnv());
    api = new ApiCalls(rig);
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static String validCallbackQuery() {
    return "?lang=eng&county=42&caller=" + rig.services().pseudonymiser().pseudonymFor("+254733000001")
        + "&line=%2B254711000200&at=1795000000";
  }

  private static Map<String, String> recordingParams(String recordingSid) {
    TwilioCall call = new TwilioCall(rig, "+254733000001", LINE);
    Map<String, String> params = call.callParams();
    params.put("RecordingSid", recordingSid);
    params.put("RecordingUrl", TwilioCall.recordingUrl(recordingSid));
    params.put("RecordingStatus", "completed");
    params.put("RecordingDuration", "12");
    return params;
  }

  private static void assertRejected(Answer answer, int status, String validationError) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.body().startsWith("{"), "a JSON error body, got [" + answer.body() + "]");
    JsonObject body = new JsonObject(answer.body());
    assertEquals(status, body.getInteger("error_code"));
    if (validationError != null) {
      assertTrue(body.getJsonArray("validation_errors").contains(validationError), answer.body());
    }
  }

  @Test
  void anUnsignedOrForgedVoiceWebhookIs403() {
    TwilioCall call = new TwilioCall(rig, "+254733000002", LINE);
    TwilioRequestSigner forger = new TwilioRequestSigner("not-the-auth-token");
    for (String path : new String[] {"/twilio/voice", "/twilio/voice/language", "/twilio/voice/recording"
        + validCallbackQuery(), "/twilio/voice/transcription" + validCallbackQuery()}) {
      String forged = forger.sign(GatewayRig.PUBLIC_URL + path, call.callParams());
      assertRejected(api.send(HttpMethod.POST, path, "application/x-www-form-urlencoded",
          TwilioWebhookClient.encode(call.callParams()), null, Map.of("X-Twilio-Signature", forged)), 403, null);
    }
    Answer unsigned = api.send(HttpMethod.POST, "/twilio/voice", "application/x-www-form-urlencoded",
        TwilioWebhookClient.encode(call.callParams()), null, Map.of());
    assertRejected(unsigned, 403, null);
  }

  @Test
  void aSignedRequestWhoseQueryWasAlteredIs403() {
    String recording = "RE" + "a".repeat(32);
    String signedPath = "/twilio/voice/recording" + validCallbackQuery();
    String signature = new TwilioRequestSigner(GatewayRig.AUTH_TOKEN)
        .sign(GatewayRig.PUBLIC_URL + signedPath, recordingParams(recording));
    Answer altered = api.send(HttpMethod.POST, signedPath.replace("county=42", "county=47"),
        "application/x-www-form-urlencoded", TwilioWebhookClient.encode(recordingParams(recording)), null,
        Map.of("X-Twilio-Signature", signature));
    assertRejected(altered, 403, null);
    assertEquals(0, rig.count("SELECT count(*) FROM voice_recordings WHERE recording_sid = $1", recording));
  }

  @Test
  void missingCallParametersAre400() {
    TwilioCall call = new TwilioCall(rig, "+254733000003", LINE);
    Map<String, String> noSid = call.callParams();
    noSid.remove("CallSid");
    assertRejected(api.webhook("/twilio/voice", noSid), 400,
        "CallSid is required (2 to 64 letters and digits)");
    Map<String, String> noFrom = call.callParams();
    noFrom.remove("From");
    assertRejected(api.webhook("/twilio/voice/language", noFrom), 400, "From is required");
    Map<String, String> noTo = call.callParams();
    noTo.remove("To");
    assertRejected(api.webhook("/twilio/voice", noTo), 400, "To is required");
  }

  @Test
  void aStepUrlWeDidNotWriteIs400() {
    TwilioCall call = new TwilioCall(rig, "+254733000004", LINE);
    assertRejected(api.webhook("/twilio/voice/county?lang=xx", call.callParams()), 400,
        "lang must be one of the configured languages");
    assertRejected(api.webhook("/twilio/voice/county?lang=eng&try=x", call.callParams()), 400,
        "try must be a number up to 9");
    assertRejected(api.webhook("/twilio/voice/poll?lang=eng", call.callParams()), 400, null);
    assertRejected(api.webhook("/twilio/voice/recorded", call.callParams()), 400, null);
  }

  @Test
  void badRecordingCallbacksAre400() {
    String path = "/twilio/voice/recording" + validCallbackQuery();
    Map<String, String> noSid = recordingParams("RE" + "b".repeat(32));
    noSid.remove("RecordingSid");
    assertRejected(api.webhook(path, noSid), 400, "RecordingSid is required (2 to 64 letters and digits)");
    Map<String, String> badStatus = recordingParams("RE" + "c".repeat(32));
    badStatus.put("RecordingStatus", "exploded");
    assertRejected(api.webhook(path, badStatus), 400, null);
    Map<String, String> noUrl = recordingParams("RE" + "d".repeat(32));
    noUrl.remove("RecordingUrl");
    assertRejected(api.webhook(path, noUrl), 400, "RecordingUrl is required");
    Map<String, String> badUrl = recordingParams("RE" + "e".repeat(32));
    badUrl.put("RecordingUrl", "javascript:alert(1)");
    assertRejected(api.webhook(path, badUrl), 400, "RecordingUrl must be an http(s) URL");
    Map<String, String> badDuration = recordingParams("RE" + "f".repeat(32));
    badDuration.put("RecordingDuration", "long");
    assertRejected(api.webhook(path, badDuration), 400, "RecordingDuration must be a whole number of seconds");
    assertRejected(api.webhook("/twilio/voice/recording?lang=eng&caller=short&at=1",
        recordingParams("RE" + "0".repeat(32))), 400, "caller must be a participant pseudonym");
    assertEquals(0, rig.count("SELECT count(*) FROM voice_recordings WHERE recording_sid ~ '^RE([b-f0])\\1+$'"));
  }

  @Test
  void anAbsentRecordingIsNotedButNeverQueued() {
    Map<String, String> absent = recordingParams("RE" + "1".repeat(32));
    absent.put("RecordingStatus", "absent");
    absent.remove("RecordingUrl");
    assertEquals(200, api.webhook("/twilio/voice/recording" + validCallbackQuery(), absent).status());
    assertEquals("absent", rig.query("SELECT transcription FROM voice_recordings WHERE recording_sid = $1",
        "RE" + "1".repeat(32)).iterator().next().getString(0));
    assertRejected(api.post("/api/transcriptions/RE" + "1".repeat(32), new JsonObject().put("text", "x")), 400,
        null);
  }

  @Test
  void badTranscriptionCallbacksAre400() {
    String path = "/twilio/voice/transcription" + validCallbackQuery();
    Map<String, String> params = recordingParams("RE" + "2".repeat(32));
    params.put("TranscriptionSid", "TR" + "2".repeat(32));
    params.put("TranscriptionStatus", "maybe");
    params.put("TranscriptionText", "hello");
    assertRejected(api.webhook(path, params), 400, "TranscriptionStatus must be completed or failed");
    params.put("TranscriptionStatus", "completed");
    params.remove("TranscriptionSid");
    assertRejected(api.webhook(path, params), 400, null);
    params.put("TranscriptionSid", "TR" + "2".repeat(32));
    params.put("TranscriptionText", "nul\0byte");
    assertRejected(api.webhook(path, params), 400, "TranscriptionText must not contain NUL characters");
    assertEquals(0, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", "RE" + "2".repeat(32)));
  }

  @Test
  void aVoiceWebhookThatIsNotAFormIs415() {
    Answer json = api.send(HttpMethod.POST, "/twilio/voice", "application/json", "{}", null, Map.of());
    assertRejected(json, 415, null);
  }

  @Test
  void theTranscriptionQueueWantsATokenARoleAndAText() {
    assertRejected(api.send(HttpMethod.GET, "/api/transcriptions", null, null, null, Map.of()), 401, null);
    assertRejected(api.send(HttpMethod.GET, "/api/transcriptions", null, null, "wrong", Map.of()), 401, null);
    assertRejected(api.get("/api/transcriptions?limit=0"), 400, null);
    assertRejected(api.get("/api/transcriptions?limit=lots"), 400, null);
    assertRejected(api.post("/api/transcriptions/RE" + "9".repeat(32), new JsonObject().put("text", "x")), 404, null);
    assertRejected(api.post("/api/transcriptions/RE" + "9".repeat(32), new JsonObject()), 400, "text is required");
    assertRejected(api.post("/api/transcriptions/RE" + "9".repeat(32), new JsonObject().put("text", 5)), 400,
        "text must be a string");
    assertRejected(api.send(HttpMethod.POST, "/api/transcriptions/RE" + "9".repeat(32), "text/plain", "hello",
        ApiCalls.ADMIN_TOKEN, Map.of()), 415, null);
    assertRejected(api.send(HttpMethod.POST, "/api/transcriptions/RE" + "9".repeat(32), "application/json", "{oops",
        ApiCalls.ADMIN_TOKEN, Map.of()), 400, null);
  }
}
