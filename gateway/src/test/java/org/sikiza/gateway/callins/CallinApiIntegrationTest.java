package org.sikiza.gateway.callins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.sikiza.gateway.programmes.ApiCalls;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** {@code POST /api/callins} and {@code /api/callins/import}: call-ins stored with what the host noted, and tagged. */
class CallinApiIntegrationTest {

  private static GatewayRig rig;
  private static ApiCalls api;
  private static long programmeId;
  private static long episodeId;

  @BeforeAll
  static void start() {
    Map<String, String> env = new java.util.HashMap<>(ApiCalls.adminEnv());
    env.put("SIKIZA_CLASSIFIER_WORKERS", "0"); // what is stored is read as stored; classification: its own test
    rig = GatewayRig.start(env);
    api = new ApiCalls(rig);
    JsonObject onAir = api.programmeOnAir("callin-show", "How do you get to the health centre?", "+254711002000");
    programmeId = onAir.getJsonObject("programme").getLong("id");
    episodeId = onAir.getJsonObject("episode").getLong("id");
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static Answer csv(String file) {
    return api.send(HttpMethod.POST, "/api/callins/import", "text/csv; charset=utf-8", file, ApiCalls.ADMIN_TOKEN, Map.of());
  }

  private static List<String> validationErrors(Answer answer) {
    return new JsonObject(answer.body()).getJsonArray("validation_errors").stream().map(Object::toString).toList();
  }

  @Test
  void aCallinIsStoredWithWhatTheHostNotedAndAnswers201WithItsId() {
    Answer answer = api.post("/api/callins", new JsonObject()
        .put("text", "The road to Rachuonyo health centre is impassable when it rains.")
        .put("county", "Homa Bay").put("gender", "Female").put("age_band", "65+").put("disability", "yes")
        .put("language", "ENG").put("programme", "callin-show"));
    JsonObject created = api.json(answer, 201);
    assertEquals("stored", created.getString("status"));
    assertEquals(programmeId, created.getLong("programme_id"));
    assertEquals(episodeId, created.getLong("episode_id"), "the programme's episode on air");
    Row row = rig.query("SELECT * FROM messages WHERE id = $1", created.getLong("id")).iterator().next();
    assertEquals("callin", row.getString("channel"));
    assertEquals("feedback", row.getString("kind"));
    assertNull(row.getString("participant_id"), "a call-in has no sender pseudonym");
    assertEquals("homa bay", row.getString("county"));
    assertEquals("host", row.getString("county_source"));
    assertEquals("female", row.getString("gender"));
    assertEquals("65+", row.getString("age_band"));
    assertEquals("yes", row.getString("disability"));
    assertEquals("bootstrap-admin", rig.query("SELECT declared_by FROM message_declarations WHERE provider_sid = $1",
        row.getString("provider_sid")).iterator().next().getString(0));
  }

  @Test
  void onlyTheTextIsRequired() {
    JsonObject created = api.json(api.post("/api/callins", new JsonObject().put("text", "Asante kwa kipindi")), 201);
    Row row = rig.query("SELECT county, programme_id, episode_id FROM messages WHERE id = $1", created.getLong("id"))
        .iterator().next();
    assertNull(row.getString("county"));
    assertNull(row.getLong("programme_id"));
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyStoresNothingTwice() {
    JsonObject body = new JsonObject().put("text", "Retried call-in").put("episode", episodeId);
    Map<String, String> key = Map.of("Idempotency-Key", "console-4711");
    Answer first = api.send(HttpMethod.POST, "/api/callins", "application/json", body.encode(), ApiCalls.ADMIN_TOKEN, key);
    Answer again = api.send(HttpMethod.POST, "/api/callins", "application/json", body.encode(), ApiCalls.ADMIN_TOKEN, key);
    assertEquals(201, first.status(), first.body());
    assertEquals(200, again.status(), again.body());
    assertEquals("duplicate", new JsonObject(again.body()).getString("status"));
    assertEquals(new JsonObject(first.body()).getLong("id"), new JsonObject(again.body()).getLong("id"));
    assertEquals(programmeId, new JsonObject(first.body()).getLong("programme_id"), "the episode names its programme");
  }

  @Test
  void missingOrBadFieldsAre400AndNameEachProblem() {
    Answer noText = api.post("/api/callins", new JsonObject().put("county", "kisumu"));
    assertEquals(400, noText.status());
    assertEquals(List.of("text is required"), validationErrors(noText));
    Answer bad = api.post("/api/callins", new JsonObject().put("text", "x").put("county", "Atlantis")
        .put("gender", "robot").put("age_band", "ancient").put("disability", "maybe").put("language", "english")
        .put("episode", "first").put("received_at", "2999-01-01T00:00:00Z"));
    assertEquals(400, bad.status());
    List<String> errors = validationErrors(bad);
    assertEquals(7, errors.size(), errors.toString());
    assertTrue(errors.contains("disability 'maybe' is not one of: yes, no, unknown"), errors.toString());
    assertTrue(errors.contains("received_at must not be in the future"));
    Answer phoneInCounty = api.post("/api/callins", new JsonObject().put("text", "x").put("county", "0712345678"));
    assertFalse(phoneInCounty.body().contains("712345678"), "a number typed into a field is not echoed: " + phoneInCounty.body());
    assertEquals(400, api.post("/api/callins", new JsonObject().put("text", "x").put("programme", "no-such-show")).status());
    assertEquals(400, api.post("/api/callins", new JsonObject().put("text", "x").put("episode", 999999)).status());
    assertEquals(400, api.post("/api/callins", new JsonObject().put("text", 12)).status());
    assertEquals(400, api.post("/api/callins", new JsonObject().put("text", "   ")).status());
    assertEquals(400, api.send(HttpMethod.POST, "/api/callins", "application/json", "[1]", ApiCalls.ADMIN_TOKEN,
        Map.of()).status());
    assertEquals(415, api.send(HttpMethod.POST, "/api/callins", "text/plain", "hello", ApiCalls.ADMIN_TOKEN,
        Map.of()).status());
    assertEquals(401, api.send(HttpMethod.POST, "/api/callins", "application/json", "{\"text\":\"x\"}", null,
        Map.of()).status());
    assertEquals(401, api.send(HttpMethod.POST, "/api/callins", "application/json", "{\"text\":\"x\"}", "guess",
        Map.of()).status());
  }

  @Test
  void aCsvImportStoresTheValidRowsAndReportsTheOthersByRow() {
    String file = "\uFEFFText,County,gender,age_band,disability,programme,received_at\n"
        + "Hakuna maji safi kijijini,Siaya,female,25-34,no,callin-show,\n"
        + "\"Walimu hawatoshi, watoto ni wengi\",42,male,18-24,unknown,,\n"
        + ",kisumu,female,,,,\n"
        + "Bad county,Atlantis,,,,,\n"
        + "Too few cells,kisumu\n"
        + "\"A call with\na line break\",nairobi,,,,callin-show,2026-11-01T10:00:00\n";
    JsonObject result = api.json(csv(file), 200);
    assertEquals(3, result.getInteger("imported"), result.encode());
    JsonArray errors = result.getJsonArray("errors");
    assertEquals(3, errors.size(), errors.encode());
    assertEquals(new JsonObject().put("row", 4).put("error", "text is required"), errors.getJsonObject(0));
    assertEquals(5, errors.getJsonObject(1).getInteger("row"));
    assertTrue(errors.getJsonObject(1).getString("error").contains("county 'Atlantis'"));
    assertEquals(6, errors.getJsonObject(2).getInteger("row"));
    assertTrue(errors.getJsonObject(2).getString("error").contains("the row has 2 cells, the header has 7"));
    assertEquals(1, rig.count("SELECT count(*) FROM messages WHERE channel = 'callin' AND body = 'A call with\na line break' "
        + "AND episode_id IS NULL AND programme_id = $1", programmeId), "an old call: the programme, no episode on air");

    JsonObject again = api.json(csv(file), 200);
    assertEquals(0, again.getInteger("imported"), "the same file twice stores nothing twice");
    assertEquals(3, again.getInteger("duplicates"));
  }

  @Test
  void aCsvWhoseHeaderIsWrongIsRefusedWhole() {
    Answer unknown = csv("text,contry\nhello,kisumu\n");
    assertEquals(400, unknown.status());
    assertEquals(List.of("unknown column contry"), validationErrors(unknown));
    assertEquals(400, csv("county\nkisumu\n").status());
    assertTrue(csv("text,text\na,b\n").body().contains("the header row cannot be read"));
    assertEquals(400, csv("").status());
    assertEquals(415, api.send(HttpMethod.POST, "/api/callins/import", "application/json", "{}", ApiCalls.ADMIN_TOKEN,
        Map.of()).status());
  }

  @Test
  void aMalformedCsvKeepsTheRowsBeforeTheFault() {
    JsonObject result = api.json(csv("text,county\nFirst good row,kisumu\n\"unterminated,kisumu\nmore\n"), 200);
    assertEquals(1, result.getInteger("imported"));
    assertTrue(result.getJsonArray("errors").getJsonObject(0).getString("error").startsWith("the CSV is malformed"));
  }

  @Test
  void theFieldsEndpointOffersTheConfiguredValues() {
    JsonObject fields = api.json(api.get("/api/callins/fields"), 200);
    assertEquals(47, fields.getJsonArray("counties").size());
    assertTrue(fields.getJsonArray("age_band").contains("65+"));
  }

  @Test
  void theHostConsoleIsServedByTheGatewayWithNoOutsideSources() {
    Answer page = api.send(HttpMethod.GET, "/host/", null, null, null, Map.of());
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<form"), page.body());
    assertFalse(page.body().matches("(?s).*(src|href)=\"https?://.*"), "no CDN");
    Answer script = api.send(HttpMethod.GET, "/host/host.js", null, null, null, Map.of());
    assertEquals(200, script.status());
    assertFalse(script.body().contains("http://") || script.body().contains("https://"), "no outside calls");
    Answer redirect = api.send(HttpMethod.GET, "/host", null, null, null, Map.of());
    assertEquals(302, redirect.status());
  }
}
