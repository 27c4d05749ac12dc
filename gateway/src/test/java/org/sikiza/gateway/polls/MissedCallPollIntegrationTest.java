package org.sikiza.gateway.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.programmes.ApiCalls;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** Missed-call polls: a call to an option's number is rejected and counted, once per caller per poll. */
class MissedCallPollIntegrationTest {

  static final String YES = "+254711000901";
  static final String NO = "+254711000902";
  private static GatewayRig rig;
  private static ApiCalls api;
  private static long pollId;
  private static int callCounter;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start(ApiCalls.adminEnv());
    api = new ApiCalls(rig);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    pollId = api.json(api.post("/api/polls", poll("water-poll", now.minusHours(1), now.plusHours(1),
        option("Yes", YES), option("No", NO))), 201).getLong("id");
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  static JsonObject option(String label, String number) {
    JsonObject option = new JsonObject().put("label", label);
    return number == null ? option : option.put("number", number);
  }

  static JsonObject poll(String slug, OffsetDateTime opens, OffsetDateTime closes, JsonObject... options) {
    return new JsonObject().put("slug", slug).put("question", "Did your water point work this week?")
        .put("opens_at", opens.toString()).put("closes_at", closes.toString())
        .put("options", new JsonArray(java.util.List.of((Object[]) options)));
  }

  /** A missed call: Twilio posts the ringing call; the TwiML must reject it. */
  static Answer missedCall(String from, String to) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", GatewayRig.ACCOUNT_SID);
    params.put("ApiVersion", "2010-04-01");
    params.put("CallSid", String.format("CA%032d", ++callCounter));
    params.put("CallStatus", "ringing");
    params.put("Direction", "inbound");
    params.put("From", from);
    params.put("To", to);
    return api.webhook("/twilio/voice", params);
  }

  private static JsonArray results(long id) {
    return api.json(api.get("/api/polls/" + id), 200).getJsonArray("options");
  }

  @Test
  void aMissedCallIsRejectedAndCountedOncePerCallerPerPoll() {
    Answer first = missedCall("+254755000001", YES);
    assertEquals(200, first.status());
    assertTrue(first.body().contains("<Reject reason=\"busy\"/>"), first.body());
    assertTrue(missedCall("+254755000001", YES).body().contains("<Reject"), "calling again is rejected too");
    assertTrue(missedCall("+254755000001", NO).body().contains("<Reject"), "changing one's mind is not counted");
    missedCall("0755000002", NO);
    missedCall("+254755000002", YES); // the same person as 0755000002: already voted No
    missedCall("+254755000003", NO);

    JsonArray options = results(pollId);
    assertEquals(1, options.getJsonObject(0).getLong("votes"));
    assertEquals(2, options.getJsonObject(1).getLong("votes"));
    assertEquals(2, options.getJsonObject(1).getLong("missed_calls"));
    assertEquals(3, api.json(api.get("/api/polls/" + pollId), 200).getLong("votes"));
    assertEquals(0, rig.count("SELECT count(*) FROM messages WHERE line IN ($1, $2)", YES, NO), "votes are not messages");
    String stored = rig.query("SELECT string_agg(v::text, ' ') FROM poll_votes v").iterator().next().getString(0);
    assertTrue(!stored.contains("755000001"), "voters are pseudonyms");
  }

  @Test
  void aCallToAClosedPollsNumberIsRejectedButNotCounted() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long closed = api.json(api.post("/api/polls", poll("closed-poll", now.minusDays(2), now.minusDays(1),
        option("A", "+254711000911"), option("B", "+254711000912"))), 201).getLong("id");
    assertTrue(missedCall("+254755000010", "+254711000911").body().contains("<Reject"));
    assertEquals(0, results(closed).getJsonObject(0).getLong("votes"));
  }

  @Test
  void aCallToAnyOtherNumberGetsTheVoiceMenu() {
    Answer answer = missedCall("+254755000020", "+254711000999");
    assertTrue(answer.body().contains("<Gather"), answer.body());
  }

  @Test
  void badPollsAre400() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    JsonObject oneOption = poll("one-option", now, now.plusHours(1), option("Only", null));
    assertEquals(400, api.post("/api/polls", oneOption).status());
    JsonObject backwards = poll("backwards", now, now.minusHours(1), option("A", null), option("B", null));
    assertTrue(api.post("/api/polls", backwards).body().contains("closes_at must be after opens_at"));
    JsonObject sameNumber = poll("same-number", now, now.plusHours(1), option("A", "+254711000931"),
        option("B", "+254711000931"));
    assertTrue(api.post("/api/polls", sameNumber).body().contains("stands for another option too"));
    JsonObject badNumber = poll("bad-number", now, now.plusHours(1), option("A", "call me"), option("B", null));
    assertTrue(api.post("/api/polls", badNumber).body().contains("options[1]: number must be"));
    JsonObject clash = poll("clash", now, now.plusHours(2), option("A", YES), option("B", null));
    Answer clashAnswer = api.post("/api/polls", clash);
    assertEquals(400, clashAnswer.status());
    assertTrue(clashAnswer.body().contains("stands for an option of poll water-poll"), clashAnswer.body());
    JsonObject onALine = poll("on-a-line", now, now.plusHours(1), option("A", GatewayRig.LINE), option("B", null));
    assertTrue(api.post("/api/polls", onALine).body().contains("is a programme line"));
    JsonObject noProgramme = poll("no-programme", now, now.plusHours(1), option("A", null), option("B", null))
        .put("programme", "no-such-show");
    assertTrue(api.post("/api/polls", noProgramme).body().contains("programme 'no-such-show' does not exist"));
    JsonObject taken = poll("water-poll", now.plusDays(3), now.plusDays(4), option("A", null), option("B", null));
    assertTrue(api.post("/api/polls", taken).body().contains("is taken"));
    assertEquals(404, api.get("/api/polls/999999").status());
    assertEquals(404, api.get("/api/polls/abc").status());
    assertEquals(401, api.send(HttpMethod.GET, "/api/polls", null, null, null, Map.of()).status());
  }
}
