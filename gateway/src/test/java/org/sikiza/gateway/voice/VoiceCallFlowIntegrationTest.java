package org.sikiza.gateway.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.programmes.ApiCalls;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.testing.LogCapture;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/**
 * The whole call, driven the way Twilio drives it: every step's TwiML is parsed and followed, and every callback
 * is delivered twice. Classification is off here so that what the call stored can be read as stored.
 */
class VoiceCallFlowIntegrationTest {

  static final String LINE = "+254711000100";
  static final String QUESTION = "Is the water point in your village working?";
  private static GatewayRig rig;
  private static ApiCalls api;
  private static long programmeId;
  private static long episodeId;
  private static long pollId;

  @BeforeAll
  static void start() {
    Map<String, String> env = new HashMap<>(ApiCalls.adminEnv());
    env.put("SIKIZA_CLASSIFIER_WORKERS", "0");
    rig = GatewayRig.start(env);
    api = new ApiCalls(rig);
    JsonObject onAir = api.programmeOnAir("call-flow-show", QUESTION, LINE);
    programmeId = onAir.getJsonObject("programme").getLong("id");
    episodeId = onAir.getJsonObject("episode").getLong("id");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    pollId = api.json(api.post("/api/polls", new JsonObject().put("slug", "call-flow-poll")
        .put("question", "Did the county fix the borehole?").put("programme", "call-flow-show")
        .put("opens_at", now.minusHours(1).toString()).put("closes_at", now.plusHours(1).toString())
        .put("options", new JsonArray().add(new JsonObject().put("label", "Yes")).add(new JsonObject().put("label", "No")))),
        201).getLong("id");
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static String recordingSid() {
    return String.format("RE%032x", (long) (Math.random() * Long.MAX_VALUE));
  }

  @Test
  void anEnglishCallerIsGreetedAskedAndRecordedAndTheTranscriptBecomesOneMessage() {
    TwilioCall call = new TwilioCall(rig, "+254722100001", LINE);
    Twiml welcome = call.dial();
    assertEquals(List.of("Gather", "Redirect"), welcome.verbs());
    assertEquals("dtmf speech", welcome.gather().getAttribute("input"));
    assertTrue(welcome.spoken().contains("For English, press 1"), welcome.xml());

    Twiml county = call.press(welcome, "1");
    assertTrue(county.gatherAction().endsWith("/twilio/voice/county?lang=eng"), county.xml());
    assertEquals("#", county.gather().getAttribute("finishOnKey"));

    Twiml poll = call.press(county, "42#");
    assertTrue(poll.spoken().contains("Did the county fix the borehole?"), poll.xml());
    assertTrue(poll.spoken().contains("For No, press 2."), poll.xml());

    Twiml record = call.press(poll, "2");
    assertEquals(List.of("Say", "Say", "Say", "Record", "Say", "Hangup"), record.verbs(), record.xml());
    assertTrue(record.spoken().contains(QUESTION), "the episode's question of the week is asked");
    assertEquals("120", record.record().getAttribute("maxLength"));
    assertEquals("true", record.record().getAttribute("transcribe"));
    assertEquals("completed absent", record.record().getAttribute("recordingStatusCallbackEvent"));
    assertTrue(record.record().getAttribute("transcribeCallback")
        .startsWith(GatewayRig.PUBLIC_URL + "/twilio/voice/transcription?lang=eng&county=42&caller="));
    assertFalse(record.xml().contains("722100001"), "the caller's number is in no URL");

    String recording = recordingSid();
    Twiml goodbye = call.finishRecording(record, recording, 17);
    assertEquals(List.of("Say", "Hangup"), goodbye.verbs());

    for (int delivery = 0; delivery < 2; delivery++) {
      Answer recorded = call.recordingCallback(record, recording, "completed", 17);
      assertEquals(200, recorded.status(), recorded.body());
      assertEquals(delivery == 0, new JsonObject(recorded.body()).getBoolean("recorded"));
    }
    for (int delivery = 0; delivery < 2; delivery++) {
      Answer transcribed = call.transcriptionCallback(record, recording, "TR" + recording.substring(2), "completed",
          "The borehole at Kondele has been broken for three weeks and women walk far for water.");
      assertEquals(200, transcribed.status(), transcribed.body());
      assertEquals(delivery == 0 ? "stored" : "duplicate", new JsonObject(transcribed.body()).getString("message"));
    }

    assertEquals(1, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", recording));
    Row message = rig.query("SELECT * FROM messages WHERE provider_sid = $1", recording).iterator().next();
    assertEquals("voice", message.getString("channel"));
    assertEquals("feedback", message.getString("kind"));
    assertEquals(LINE, message.getString("line"));
    assertEquals(rig.services().pseudonymiser().pseudonymFor("+254722100001"), message.getString("participant_id"));
    assertEquals("kisumu", message.getString("county"), "county 42 on the keypad is Kisumu");
    assertEquals("caller", message.getString("county_source"));
    assertEquals("eng", message.getString("language"));
    assertEquals(programmeId, message.getLong("programme_id"));
    assertEquals(episodeId, message.getLong("episode_id"));
    assertTrue(message.getValue("media").toString().contains(recording), "the recording is kept as its media");
    assertEquals(1, rig.count("SELECT count(*) FROM messages WHERE id = $1 AND classified_at IS NULL AND kind = 'feedback'", message.getLong("id")),
        "queued for classification like SMS feedback");
    assertEquals("completed", rig.query("SELECT transcription FROM voice_recordings WHERE recording_sid = $1", recording)
        .iterator().next().getString(0));
    Row vote = rig.query("SELECT position, method FROM poll_votes WHERE poll_id = $1 AND participant_id = $2", pollId,
        message.getString("participant_id")).iterator().next();
    assertEquals(2, vote.getInteger("position"));
    assertEquals("keypad", vote.getString("method"));
  }

  @Test
  void aSwahiliCallerSaysTheirCountyAndTheRecordingWaitsForAPersonToTypeIt() {
    TwilioCall call = new TwilioCall(rig, "+254722100002", LINE);
    Twiml county = call.press(call.dial(), "2");
    assertTrue(county.spoken().startsWith("Tafadhali"), county.xml());
    assertEquals("sw-KE", county.gather().getAttribute("language"));
    Twiml poll = call.say(county, "Homa Bay.");
    Twiml record = call.silence(poll);
    assertEquals("", record.record().getAttribute("transcribe"), "Twilio cannot transcribe Swahili: not asked to");
    String recording = recordingSid();
    call.finishRecording(record, recording, 40);
    assertEquals(200, call.recordingCallback(record, recording, "completed", 40).status());

    JsonObject queue = api.json(api.get("/api/transcriptions"), 200);
    JsonObject waiting = queue.getJsonArray("recordings").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("recording_sid").equals(recording)).findFirst().orElseThrow();
    assertEquals("swa", waiting.getString("language"));
    assertEquals("homa bay", waiting.getString("county"));
    assertEquals("not_requested", waiting.getString("transcription"));
    assertEquals(TwilioCall.recordingUrl(recording), waiting.getString("recording_url"));

    Answer typed = api.post("/api/transcriptions/" + recording,
        new JsonObject().put("text", "Barabara ya kwenda hospitali imeharibika, tunaomba kaunti irekebishe."));
    JsonObject stored = api.json(typed, 201);
    assertEquals("stored", stored.getString("status"));
    Answer again = api.post("/api/transcriptions/" + recording, new JsonObject().put("text", "another transcript"));
    assertEquals("already_transcribed", api.json(again, 200).getString("status"));

    Row message = rig.query("SELECT * FROM messages WHERE provider_sid = $1", recording).iterator().next();
    assertEquals(stored.getLong("id"), message.getLong("id"));
    assertTrue(message.getString("body").startsWith("Barabara"), "the first transcript stands");
    assertEquals("homa bay", message.getString("county"));
    assertEquals("swa", message.getString("language"));
    assertEquals(episodeId, message.getLong("episode_id"), "tagged by the time of the call, not of the typing");
    Row recordingRow = rig.query("SELECT transcription, transcribed_by FROM voice_recordings WHERE recording_sid = $1",
        recording).iterator().next();
    assertEquals("typed", recordingRow.getString(0));
    assertEquals("bootstrap-admin", recordingRow.getString(1));
    assertFalse(api.json(api.get("/api/transcriptions"), 200).encode().contains(recording), "no longer waiting");
  }

  @Test
  void aFailedTranscriptionPutsTheRecordingInTheQueueAndATypedTranscriptIsStored() {
    TwilioCall call = new TwilioCall(rig, "+254722100003", LINE);
    Twiml record = call.silence(call.press(call.press(call.dial(), "1"), "#"));
    String recording = recordingSid();
    call.finishRecording(record, recording, 9);
    call.recordingCallback(record, recording, "completed", 9);
    assertFalse(api.json(api.get("/api/transcriptions"), 200).encode().contains(recording),
        "while Twilio transcribes, nobody is asked to");
    for (int delivery = 0; delivery < 2; delivery++) {
      Answer failed = call.transcriptionCallback(record, recording, "TR" + recording.substring(2), "failed", "");
      assertEquals("awaiting_transcription", new JsonObject(failed.body()).getString("message"));
    }
    assertEquals(0, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", recording));
    assertTrue(api.json(api.get("/api/transcriptions?limit=200"), 200).encode().contains(recording));
    api.json(api.post("/api/transcriptions/" + recording, new JsonObject().put("text", "Hakuna dawa zahanati")), 201);
    Row message = rig.query("SELECT county, county_source FROM messages WHERE provider_sid = $1", recording)
        .iterator().next();
    assertNull(message.getString("county"), "the caller skipped the county question");
  }

  @Test
  void aCallerWhoSaysNothingIsStillRecordedInTheLinesLanguage() {
    TwilioCall call = new TwilioCall(rig, "+254722100004", LINE);
    Twiml county = call.silence(call.dial());
    assertTrue(county.gatherAction().contains("lang=eng"), "an unconfigured line falls back to English");
    Twiml record = call.silence(call.silence(county));
    assertTrue(record.has("Record"), record.xml());
  }

  @Test
  void aCountyNotUnderstoodIsAskedOnceMoreThenSkipped() {
    TwilioCall call = new TwilioCall(rig, "+254722100005", LINE);
    Twiml county = call.press(call.dial(), "1");
    Twiml again = call.press(county, "99#");
    assertTrue(again.spoken().startsWith("Sorry, we did not get that county."), again.xml());
    assertTrue(again.gatherAction().contains("try=2"));
    Twiml next = call.say(again, "somewhere I cannot name");
    assertTrue(next.has("Gather") && next.spoken().contains("borehole"), "moves on to the poll: " + next.xml());
    assertFalse(next.gatherAction().contains("county="));
  }

  @Test
  void aTownNameIsUnderstoodAsItsCounty() {
    TwilioCall call = new TwilioCall(rig, "+254722100006", LINE);
    Twiml next = call.say(call.press(call.dial(), "1"), "Eldoret");
    assertTrue(next.gatherAction().contains("county=27"), "Eldoret is in Uasin Gishu (27): " + next.xml());
  }

  @Test
  void noCallersNumberReachesTheLogsOrTheDatabase() {
    try (LogCapture logs = new LogCapture()) {
      TwilioCall call = new TwilioCall(rig, "+254722999888", LINE);
      Twiml record = call.press(call.press(call.press(call.dial(), "1"), "32#"), "1");
      String recording = recordingSid();
      call.finishRecording(record, recording, 5);
      call.recordingCallback(record, recording, "completed", 5);
      call.transcriptionCallback(record, recording, "TR" + recording.substring(2), "completed", "Stima hakuna");
      assertTrue(logs.lines().stream().noneMatch(line -> line.contains("722999888")), String.join("\n", logs.lines()));
    }
    String everything = rig.query("""
        SELECT concat_ws(' ', (SELECT string_agg(m::text, ' ') FROM messages m),
          (SELECT string_agg(r::text, ' ') FROM voice_recordings r), (SELECT string_agg(v::text, ' ') FROM poll_votes v),
          (SELECT string_agg(d::text, ' ') FROM message_declarations d))""").iterator().next().getString(0);
    assertFalse(everything.contains("722999888"));
  }
}
