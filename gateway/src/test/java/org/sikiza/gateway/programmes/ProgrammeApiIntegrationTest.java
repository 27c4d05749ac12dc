package org.sikiza.gateway.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.InboundSmsParams;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** {@code /api/programmes}: programmes and episodes, and every message on a programme's line tagged with them. */
class ProgrammeApiIntegrationTest {

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

  private static JsonObject programme(String name, String... numbers) {
    return new JsonObject().put("name", name).put("station", "Radio Test")
        .put("counties", new JsonArray().add("Homa Bay").add("47").add("murang'a"))
        .put("numbers", new JsonArray(List.of((Object[]) numbers)));
  }

  private static void sms(String sid, String line, String body) {
    assertEquals(200, api.webhook("/twilio/sms", InboundSmsParams.of(GatewayRig.ACCOUNT_SID, sid, "+254766000001",
        line, body, List.of())).status());
  }

  @Test
  void createsReadsAndUpdatesAProgrammeWithCountiesByAnySpelling() {
    JsonObject created = api.json(api.post("/api/programmes", programme("Jioni na Jamii!", "+254711001001", "22444")), 201);
    assertEquals("jioni-na-jamii", created.getString("slug"), "a slug made from the name");
    assertEquals(new JsonArray().add("homa bay").add("nairobi").add("muranga"), created.getJsonArray("counties"));
    long id = created.getLong("id");
    JsonObject read = api.json(api.get("/api/programmes/" + id), 200);
    assertEquals(new JsonArray().add("+254711001001").add("22444"), read.getJsonArray("numbers"));
    assertEquals(0, read.getJsonArray("episodes").size());
    JsonObject changed = programme("Jioni na Jamii", "+254711001002").put("slug", "jioni");
    JsonObject updated = api.json(api.send(HttpMethod.PUT, "/api/programmes/" + id, "application/json",
        changed.encode(), ApiCalls.ADMIN_TOKEN, Map.of()), 200);
    assertEquals("jioni", updated.getString("slug"));
    assertEquals(new JsonArray().add("+254711001002"), updated.getJsonArray("numbers"));
    assertTrue(api.json(api.get("/api/programmes"), 200).getJsonArray("programmes").encode().contains("\"jioni\""));
    assertTrue(api.json(api.get("/api/programmes"), 200).getJsonArray("programmes").encode().contains("sauti-ya-jamii"),
        "the seeded programmes are there");
  }

  @Test
  void badProgrammesAre400AndUnknownOnes404() {
    Answer noName = api.post("/api/programmes", new JsonObject().put("station", "x"));
    assertEquals(400, noName.status());
    assertTrue(new JsonObject(noName.body()).getJsonArray("validation_errors").contains("name is required"));
    Answer badCounty = api.post("/api/programmes", programme("Bad county").put("counties", new JsonArray().add("Atlantis")));
    assertTrue(badCounty.body().contains("counties: 'Atlantis' is not a county"), badCounty.body());
    Answer badNumber = api.post("/api/programmes", programme("Bad number", "0712 000 000"));
    assertTrue(badNumber.body().contains("neither an E.164 number"), badNumber.body());
    Answer badSlug = api.post("/api/programmes", programme("Bad slug").put("slug", "Has Spaces"));
    assertTrue(badSlug.body().contains("slug must be"));
    api.json(api.post("/api/programmes", programme("Twice")), 201);
    assertTrue(api.post("/api/programmes", programme("Twice")).body().contains("slug 'twice' is taken"));
    assertEquals(400, api.post("/api/programmes", programme("x").put("counties", "kisumu")).status());
    assertEquals(404, api.get("/api/programmes/987654").status());
    assertEquals(404, api.get("/api/programmes/not-a-number").status());
    assertEquals(404, api.send(HttpMethod.PUT, "/api/programmes/987654", "application/json",
        programme("Ghost").encode(), ApiCalls.ADMIN_TOKEN, Map.of()).status());
    assertEquals(415, api.send(HttpMethod.POST, "/api/programmes", "text/plain", "name=x", ApiCalls.ADMIN_TOKEN,
        Map.of()).status());
    assertEquals(401, api.send(HttpMethod.POST, "/api/programmes", "application/json", programme("No token").encode(),
        null, Map.of()).status());
  }

  @Test
  void episodesMayNotOverlapWithinAProgramme() {
    long id = api.json(api.post("/api/programmes", programme("Overlaps")), 201).getLong("id");
    String path = "/api/programmes/" + id + "/episodes";
    JsonObject first = api.json(api.post(path, new JsonObject().put("question", "Q1")
        .put("starts_at", "2027-01-10T18:00:00").put("ends_at", "2027-01-10T20:00:00")), 201);
    assertEquals("2027-01-10T15:00Z", first.getString("starts_at"), "a time without offset is Nairobi time");
    Answer overlapping = api.post(path, new JsonObject().put("question", "Q2")
        .put("starts_at", "2027-01-10T19:00:00+03:00").put("ends_at", "2027-01-10T21:00:00+03:00"));
    assertEquals(400, overlapping.status());
    assertTrue(overlapping.body().contains("overlaps episode " + first.getLong("id")));
    api.json(api.post(path, new JsonObject().put("question", "Q2")
        .put("starts_at", "2027-01-10T20:00:00+03:00").put("ends_at", "2027-01-10T22:00:00+03:00")), 201);
    assertTrue(api.post(path, new JsonObject().put("question", "Q3").put("starts_at", "2027-01-11T20:00:00")
        .put("ends_at", "2027-01-11T19:00:00")).body().contains("ends_at must be after starts_at"));
    assertTrue(api.post(path, new JsonObject().put("question", "Q3").put("starts_at", "yesterday")
        .put("ends_at", "2027-01-11T19:00:00")).body().contains("starts_at must be an ISO-8601 date-time"));
    assertTrue(api.post(path, new JsonObject().put("starts_at", "2027-03-01T10:00:00")
        .put("ends_at", "2027-05-01T10:00:00")).body().contains("at most 31 days"));
    assertEquals(404, api.post("/api/programmes/987654/episodes", new JsonObject().put("question", "Q")
        .put("starts_at", "2027-01-10T18:00:00").put("ends_at", "2027-01-10T20:00:00")).status());

    String episodePath = path + "/" + first.getLong("id");
    JsonObject moved = api.json(api.send(HttpMethod.PUT, episodePath, "application/json", new JsonObject()
        .put("question", "Q1 moved").put("starts_at", "2027-01-09T18:00:00").put("ends_at", "2027-01-09T20:00:00")
        .encode(), ApiCalls.ADMIN_TOKEN, Map.of()), 200);
    assertEquals("Q1 moved", moved.getString("question"));
    assertEquals(2, api.json(api.get(path), 200).getJsonArray("episodes").size());
    assertEquals(204, api.send(HttpMethod.DELETE, episodePath, null, null, ApiCalls.ADMIN_TOKEN, Map.of()).status());
    assertEquals(404, api.send(HttpMethod.DELETE, episodePath, null, null, ApiCalls.ADMIN_TOKEN, Map.of()).status());
  }

  @Test
  void messagesOnAProgrammesLineAreTaggedWithTheEpisodeOnAir() {
    String line = "+254711001100";
    JsonObject onAir = api.programmeOnAir("tagged-show", "What should the county budget fund first?", line);
    long programmeId = onAir.getJsonObject("programme").getLong("id");
    long episodeId = onAir.getJsonObject("episode").getLong("id");
    String during = rig.nextSid();
    sms(during, line, "Maji safi kwanza, tafadhali");
    String elsewhere = rig.nextSid();
    sms(elsewhere, "+254711001199", "Barabara kwanza");
    Row tagged = rig.query("SELECT programme_id, episode_id FROM messages WHERE provider_sid = $1", during).iterator().next();
    assertEquals(programmeId, tagged.getLong(0));
    assertEquals(episodeId, tagged.getLong(1));
    Row untagged = rig.query("SELECT programme_id, episode_id FROM messages WHERE provider_sid = $1", elsewhere)
        .iterator().next();
    assertNull(untagged.getLong(0));

    // Between episodes, the line still names its only programme.
    api.send(HttpMethod.DELETE, "/api/programmes/" + programmeId + "/episodes/" + episodeId, null, null,
        ApiCalls.ADMIN_TOKEN, Map.of());
    String after = rig.nextSid();
    sms(after, line, "Asante kwa kipindi");
    Row programmeOnly = rig.query("SELECT programme_id, episode_id FROM messages WHERE provider_sid = $1", after)
        .iterator().next();
    assertEquals(programmeId, programmeOnly.getLong(0));
    assertNull(programmeOnly.getLong(1));
    assertNull(rig.query("SELECT episode_id FROM messages WHERE provider_sid = $1", during).iterator().next().getLong(0),
        "a deleted episode lets go of its messages");
  }

  @Test
  void liveCountsShowTheCurrentEpisodesMessagesByChannel() {
    String line = "+254711001200";
    JsonObject onAir = api.programmeOnAir("live-show", "Is there a teacher in every classroom?", line);
    long programmeId = onAir.getJsonObject("programme").getLong("id");
    sms(rig.nextSid(), line, "Walimu hawatoshi shuleni kwetu Kisumu");
    sms(rig.nextSid(), line, "Shule ya msingi haina walimu wa kutosha");
    JsonObject live = api.json(api.get("/api/programmes/" + programmeId + "/live"), 200);
    assertEquals(onAir.getJsonObject("episode").getLong("id"), live.getJsonObject("episode").getLong("id"));
    assertTrue(live.getJsonObject("episode").getBoolean("on_air"));
    assertEquals(2, live.getLong("messages"));
    assertEquals(2, live.getJsonObject("by_channel").getLong("sms"));
    assertTrue(live.containsKey("themes") && live.containsKey("classified") && live.containsKey("awaiting_transcription"));
    JsonObject none = api.json(api.get("/api/programmes/" + api.json(api.post("/api/programmes",
        programme("No episodes yet")), 201).getLong("id") + "/live"), 200);
    assertNull(none.getValue("episode"));
  }

  @Test
  void seedingAgainCreatesNothingNew() {
    long programmes = rig.count("SELECT count(*) FROM programmes");
    long episodes = rig.count("SELECT count(*) FROM episodes");
    long polls = rig.count("SELECT count(*) FROM polls");
    ProgrammeSeeder.seed(rig.services()).compose(done -> org.sikiza.gateway.polls.PollSeeder.seed(rig.services()))
        .await();
    assertEquals(programmes, rig.count("SELECT count(*) FROM programmes"));
    assertEquals(episodes, rig.count("SELECT count(*) FROM episodes"));
    assertEquals(polls, rig.count("SELECT count(*) FROM polls"));
    assertEquals(1, rig.count("SELECT count(*) FROM programmes WHERE slug = 'sauti-ya-jamii'"));
    assertEquals(2, rig.count("SELECT count(*) FROM episodes e JOIN programmes p ON p.id = e.programme_id "
        + "WHERE p.slug = 'sauti-ya-jamii'"));
  }
}
