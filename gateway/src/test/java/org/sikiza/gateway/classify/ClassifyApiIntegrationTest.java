package org.sikiza.gateway.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** {@code POST /api/classify}: bearer token, JSON in, the classifier's decision out. */
class ClassifyApiIntegrationTest {

  private static final String ADMIN = "admin-token-for-tests";
  private static GatewayRig rig;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start(Map.of("SIKIZA_ADMIN_TOKEN", ADMIN));
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static Answer post(String body, String contentType, String token) {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI("/api/classify")
        .putHeader("Content-Type", contentType);
    if (token != null) {
      options.putHeader("Authorization", "Bearer " + token);
    }
    return rig.send(options, body);
  }

  @Test
  void classifiesTextWithTheSameFieldsAsTheCli() {
    Answer answer = post("{\"id\": 7, \"text\": \"Maji ya bomba hayatoki Kisumu wiki nzima\"}", "application/json", ADMIN);
    assertEquals(200, answer.status(), answer.body());
    JsonObject json = new JsonObject(answer.body());
    assertEquals(7, json.getInteger("id"));
    assertEquals("SDG6", json.getJsonArray("labels").getString(0));
    assertEquals(18, json.getJsonObject("scores").size());
    assertEquals("kisumu", json.getString("county"));
    assertTrue(json.containsKey("language") && json.containsKey("review"));
  }

  @Test
  void noTokenOrAWrongTokenGets401WithAChallenge() {
    Answer none = post("{\"text\": \"x\"}", "application/json", null);
    assertEquals(401, none.status());
    assertEquals("unauthorized", new JsonObject(none.body()).getString("error"));
    assertEquals(401, post("{\"text\": \"x\"}", "application/json", "guess").status());
  }

  @Test
  void badBodiesGetClearErrors() {
    assertEquals(415, post("text=hello", "application/x-www-form-urlencoded", ADMIN).status());
    Answer notJson = post("{not json", "application/json", ADMIN);
    assertEquals(400, notJson.status());
    assertTrue(new JsonObject(notJson.body()).getString("message").contains("not a JSON object"));
    Answer noText = post("{\"id\": 1}", "application/json", ADMIN);
    assertEquals(400, noText.status());
    assertEquals("text is required", new JsonObject(noText.body()).getJsonArray("validation_errors").getString(0));
    assertEquals(400, post("{\"text\": 42}", "application/json", ADMIN).status());
    assertEquals(400, post("{\"text\": \"" + "a".repeat(10_001) + "\"}", "application/json", ADMIN).status());
    assertEquals(400, post("[1, 2]", "application/json", ADMIN).status());
  }
}
