package org.sikiza.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.FreePort;
import org.sikiza.gateway.testing.TestDatabase;
import org.sikiza.gateway.twilio.InboundSmsParams;
import org.sikiza.gateway.twilio.TwilioRequestSigner;
import org.sikiza.gateway.twilio.TwilioWebhookClient;

/**
 * Black-box: starts the built {@code sikiza.jar serve} as a deployment would and speaks plain HTTP to it exactly
 * as Twilio does (form-encoded, signed for the public URL).
 */
class SikizaJarIT {

  private static final String JAR = System.getProperty("sikiza.jar", "target/sikiza.jar");
  private static final String TOKEN = "jar-it-auth-token";
  private static final String PUBLIC_URL = "https://feedback.example.org";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void serveRefusesToStartWithoutItsSecretsAndNamesTheMissingOne() throws Exception {
    Process process = start(Map.of("SIKIZA_SECRET", "s"), FreePort.find(), Files.createTempDirectory("log"));
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue());
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(1, stderr.lines().count(), stderr);
    assertTrue(stderr.contains("TWILIO_AUTH_TOKEN is not set"), stderr);
  }

  @Test
  void acknowledgesSignedSmsOnceRejectsForgeriesAndShutsDownGracefully() throws Exception {
    int port = FreePort.find();
    Path logs = Files.createTempDirectory("sikiza-jar-it");
    try (TestDatabase database = new TestDatabase()) {
      Process gateway = start(Map.of(
          "TWILIO_AUTH_TOKEN", TOKEN,
          "SIKIZA_SECRET", "jar-it-secret",
          "SIKIZA_DATABASE_URL", database.url(),
          "SIKIZA_PUBLIC_URL", PUBLIC_URL,
          "SIKIZA_SPOOL_DIR", logs.resolve("spool").toString()), port, logs);
      try {
        Eventually.within(Duration.ofSeconds(60), "the gateway to report healthy", () -> status(port, "/health") == 200);

        Map<String, String> sms = InboundSmsParams.of("AC00000000000000000000000000000000",
            "SM" + "ab".repeat(16), "+254733444555", "+254700100300", "Hakuna dawa katika zahanati ya Wote", List.of());
        HttpResponse<String> first = postSigned(port, sms);
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertTrue(first.body().contains("<Message"), first.body());

        List<CompletableFuture<HttpResponse<String>>> retries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          retries.add(http.sendAsync(signedRequest(port, sms, sign(sms)), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> retry : retries) {
          assertEquals(200, retry.get().statusCode());
          assertFalse(retry.get().body().contains("<Message"));
        }

        HttpResponse<String> forged = http.send(signedRequest(port, sms, "bm90IGEgc2lnbmF0dXJl"),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("\"error_code\":403"), forged.body());

        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/metrics")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(metrics.contains("sikiza_messages_received_total{channel=\"sms\",outcome=\"stored\"} 1.0"), metrics);
        assertTrue(metrics.contains("sikiza_messages_received_total{channel=\"sms\",outcome=\"duplicate\"} 10.0"));
      } finally {
        gateway.destroy(); // SIGTERM: finish what is in flight, then stop
        assertTrue(gateway.waitFor(30, TimeUnit.SECONDS), "the gateway stops within its grace period");
      }
      String output = Files.readString(logs.resolve("stderr.log")) + Files.readString(logs.resolve("stdout.log"));
      assertTrue(output.contains("event=gateway.started"), output);
      assertTrue(output.contains("event=gateway.stopped"), output);
      assertFalse(output.contains("733444555"), "a phone number reached the logs");
    }
  }

  private Process start(Map<String, String> env, int port, Path logs) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR, "serve"));
    builder.environment().keySet().removeIf(name -> name.startsWith("SIKIZA_") || name.startsWith("TWILIO_"));
    builder.environment().putAll(env);
    builder.environment().put("SIKIZA_HTTP_PORT", Integer.toString(port));
    if (env.containsKey("TWILIO_AUTH_TOKEN")) {
      builder.redirectError(logs.resolve("stderr.log").toFile()).redirectOutput(logs.resolve("stdout.log").toFile());
    }
    return builder.start();
  }

  private int status(int port, String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String sign(Map<String, String> params) {
    return new TwilioRequestSigner(TOKEN).sign(PUBLIC_URL + "/twilio/sms", params);
  }

  private HttpResponse<String> postSigned(int port, Map<String, String> params) throws Exception {
    return http.send(signedRequest(port, params, sign(params)), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest signedRequest(int port, Map<String, String> params, String signature) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/twilio/sms"))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("X-Twilio-Signature", signature)
        .header("I-Twilio-Idempotency-Token", "it-" + params.get("MessageSid"))
        .POST(HttpRequest.BodyPublishers.ofString(TwilioWebhookClient.encode(params)))
        .build();
  }
}
