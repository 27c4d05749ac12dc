package org.sikiza.gateway.programmes;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioRequestSigner;
import org.sikiza.gateway.twilio.TwilioSignatureCheck;
import org.sikiza.gateway.twilio.TwilioWebhookClient;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** Speaks to a rig's JSON API as a console or script would: bearer token, JSON or CSV bodies. */
public final class ApiCalls {

  public static final String ADMIN_TOKEN = "admin-token-for-radio-tests";

  private final GatewayRig rig;

  public ApiCalls(GatewayRig rig) {
    this.rig = rig;
  }

  /** The environment a rig needs for these calls. */
  public static Map<String, String> adminEnv() {
    return Map.of("SIKIZA_ADMIN_TOKEN", ADMIN_TOKEN);
  }

  public Answer send(HttpMethod method, String path, String contentType, String body, String token,
      Map<String, String> headers) {
    RequestOptions options = new RequestOptions().setMethod(method).setHost("localhost").setPort(rig.port())
        .setURI(path);
    if (contentType != null) {
      options.putHeader("Content-Type", contentType);
    }
    if (token != null) {
      options.putHeader("Authorization", "Bearer " + token);
    }
    headers.forEach(options::putHeader);
    // The body is asked for in the same callback that gets the response, so no chunk can arrive before it is.
    return rig.http().request(options)
        .compose(request -> (body == null ? request.send() : request.send(Buffer.buffer(body)))
            .compose(response -> response.body().map(answer -> new Answer(response.statusCode(), answer.toString()))))
        .await();
  }

  /** A webhook signed as Twilio signs it (SIKIZA_PUBLIC_URL + path and query, then the sorted parameters). */
  public Answer webhook(String path, Map<String, String> params) {
    String signature = new TwilioRequestSigner(GatewayRig.AUTH_TOKEN).sign(GatewayRig.PUBLIC_URL + path, params);
    return send(HttpMethod.POST, path, "application/x-www-form-urlencoded; charset=UTF-8",
        TwilioWebhookClient.encode(params), null, Map.of(TwilioSignatureCheck.HEADER, signature));
  }

  public Answer post(String path, JsonObject body) {
    return send(HttpMethod.POST, path, "application/json", body.encode(), ADMIN_TOKEN, Map.of());
  }

  public Answer get(String path) {
    return send(HttpMethod.GET, path, null, null, ADMIN_TOKEN, Map.of());
  }

  public JsonObject json(Answer answer, int expectedStatus) {
    if (answer.status() != expectedStatus) {
      throw new AssertionError("expected " + expectedStatus + ", got " + answer.status() + ": " + answer.body());
    }
    return new JsonObject(answer.body());
  }

  /** A programme on the given numbers with an episode on air now; returns {"programme": …, "episode": …}. */
  public JsonObject programmeOnAir(String slug, String question, String... numbers) {
    JsonObject programme = json(post("/api/programmes", new JsonObject().put("slug", slug).put("name", "Show " + slug)
        .put("station", "Radio " + slug).put("counties", new io.vertx.core.json.JsonArray().add("kisumu"))
        .put("numbers", new io.vertx.core.json.JsonArray(java.util.List.of(numbers)))), 201);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    JsonObject episode = json(post("/api/programmes/" + programme.getLong("id") + "/episodes", new JsonObject()
        .put("question", question).put("starts_at", now.minusHours(1).toString())
        .put("ends_at", now.plusHours(1).toString())), 201);
    return new JsonObject().put("programme", programme).put("episode", episode);
  }
}
