package org.sikiza.gateway.twilio;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Posts signed, form-encoded webhooks to a gateway the way Twilio does. Used by {@code demo} and the
 * ingest benchmark; tests use it too.
 */
public final class TwilioWebhookClient {

  /** The gateway's answer: status code and body. */
  public record Answer(int status, String body) {}

  private final HttpClient http;
  private final TwilioRequestSigner signer;
  private final String publicUrl;
  private final URI target;

  /**
   * @param publicUrl the URL Twilio is configured with (what gets signed)
   * @param target    where the gateway actually listens (the same, unless behind a proxy)
   */
  public TwilioWebhookClient(HttpClient http, String authToken, String publicUrl, URI target) {
    this.http = http;
    this.signer = new TwilioRequestSigner(authToken);
    this.publicUrl = publicUrl;
    this.target = target;
  }

  public Future<Answer> post(String path, Map<String, String> params) {
    String body = encode(params);
    String signature = signer.sign(publicUrl + path, params);
    return postRaw(path, body, signature);
  }

  /** Encodes and signs once, for load generators that send the same request many times. */
  public PreparedWebhook prepare(String path, Map<String, String> params) {
    return new PreparedWebhook(path, Buffer.buffer(encode(params)), signer.sign(publicUrl + path, params));
  }

  /** A request body and its signature, ready to send. */
  public record PreparedWebhook(String path, Buffer body, String signature) {}

  public Future<Answer> send(PreparedWebhook webhook) {
    return send(webhook.path(), webhook.body(), webhook.signature());
  }

  private Future<Answer> postRaw(String path, String body, String signature) {
    return send(path, Buffer.buffer(body), signature);
  }

  private Future<Answer> send(String path, Buffer body, String signature) {
    RequestOptions options = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setHost(target.getHost())
        .setPort(target.getPort())
        .setURI(path)
        .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .putHeader(TwilioSignatureCheck.HEADER, signature)
        .putHeader("User-Agent", "TwilioProxy/1.1");
    // The body is read in the callback that receives the response: chained one step later, it may be gone.
    return http.request(options).compose(request -> request.send(body)
        .compose(response -> response.body().map(answer -> new Answer(response.statusCode(), answer.toString()))));
  }

  public static String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
