package org.sikiza.gateway.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.testing.LogCapture;
import org.sikiza.gateway.voice.VoiceCallDriver;

/**
 * Outbound SMS through Twilio's REST API, with WireMock standing in for Twilio: accepted, rate-limited, failing,
 * refusing a number. Nothing is sent twice, no opted-out participant is texted, and no number outlives its message.
 */
class OutboundSmsIntegrationTest {

  static final String LINE = "+254711003000";
  static final String SHORT_CODE = "22333";
  static final String MESSAGES = "/2010-04-01/Accounts/" + GatewayRig.ACCOUNT_SID + "/Messages.json";
  static final int MAX_ATTEMPTS = 3;
  private static WireMockServer twilio;
  private static GatewayRig rig;
  private static OutboundSmsOutbox outbox;

  @BeforeAll
  static void start() throws IOException {
    twilio = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    twilio.start();
    rig = GatewayRig.start(Map.of(
        "SIKIZA_TWILIO_API_URL", "http://localhost:" + twilio.port(),
        "SIKIZA_CONFIG_DIR", configWithConfirmations().toString(),
        "SIKIZA_CLASSIFIER_WORKERS", "0"));
    outbox = new OutboundSmsOutbox(rig.pool(), new RecipientSealer("test-secret"));
  }

  @AfterAll
  static void stop() {
    rig.close();
    twilio.stop();
  }

  /** A line that texts callers a confirmation; quick retries so the tests do not wait long. */
  static Path configWithConfirmations() throws IOException {
    Path dir = Files.createTempDirectory("sikiza-outbound-config");
    Files.createDirectories(dir.resolve("voice"));
    String voice = new String(OutboundSmsIntegrationTest.class.getResourceAsStream("/config/voice/voice.json")
        .readAllBytes(), StandardCharsets.UTF_8)
        .replace("\"lines\": [", "\"lines\": [ { \"number\": \"" + LINE + "\", \"smsConfirmation\": true },")
        .replace("\"idlePollMs\": 1000", "\"idlePollMs\": 100")
        .replace("\"maxAttempts\": 5", "\"maxAttempts\": " + MAX_ATTEMPTS)
        .replace("\"retryBaseMs\": 2000", "\"retryBaseMs\": 200");
    Files.writeString(dir.resolve("voice/voice.json"), voice);
    return dir;
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void twilioAnswers(String recipient, int status, String body) {
    twilio.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing("To=" + form(recipient)))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static String accepted(String sid) {
    return "{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"account_sid\": \"" + GatewayRig.ACCOUNT_SID
        + "\", \"date_created\": \"Sun, 22 Nov 2026 10:00:00 +0000\", \"num_segments\": \"1\", \"direction\": "
        + "\"outbound-api\", \"api_version\": \"2010-04-01\"}";
  }

  private static String error(int code, int status, String message) {
    return "{\"code\": " + code + ", \"message\": \"" + message + "\", \"more_info\": "
        + "\"https://www.twilio.com/docs/errors/" + code + "\", \"status\": " + status + "}";
  }

  private static List<LoggedRequest> requestsTo(String recipient) {
    return twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("To=" + form(recipient))));
  }

  private static Row row(String dedupeKey) {
    return rig.query("SELECT * FROM outbound_sms WHERE dedupe_key = $1", dedupeKey).iterator().next();
  }

  private static void waitForStatus(String dedupeKey, String status) {
    Eventually.within(Duration.ofSeconds(20), dedupeKey + " to be " + status,
        () -> rig.count("SELECT count(*) FROM outbound_sms WHERE dedupe_key = $1 AND status = $2", dedupeKey, status) == 1);
  }

  /** A queue row in a given state, written directly (no worker can claim it before the test has set it up). */
  private static void insertRow(String key, String number, String status, String timeColumn, String time) {
    rig.query("INSERT INTO outbound_sms (dedupe_key, purpose, participant_id, sender, recipient_sealed, body, status, "
        + timeColumn + ") VALUES ($1, 'test', $2, $3, $4, 'Set up by the test', $5, " + time + ")", key,
        participant(number), LINE, io.vertx.core.buffer.Buffer.buffer(new RecipientSealer("test-secret").seal(number, key)),
        status);
  }

  private static String participant(String number) {
    return rig.services().pseudonymiser().pseudonymFor(number);
  }

  @Test
  void aCallerIsTextedOneConfirmationThroughTwilio() {
    String caller = "+254788000001";
    twilioAnswers(caller, 201, accepted("SM" + "1".repeat(32)));
    VoiceCallDriver call = new VoiceCallDriver(rig, caller, LINE);
    call.recordAMessage();
    call.repeatTheRecordAction();
    String key = "voice-confirmation:" + call.callSid();
    waitForStatus(key, "sent");
    assertEquals(1, rig.count("SELECT count(*) FROM outbound_sms WHERE dedupe_key = $1", key));
    Row sent = row(key);
    assertEquals("SM" + "1".repeat(32), sent.getString("provider_sid"));
    assertNull(sent.getValue("recipient_sealed"), "the number is wiped once sent");
    assertEquals(1, sent.getInteger("attempts"));
    List<LoggedRequest> requests = requestsTo(caller);
    assertEquals(1, requests.size());
    String body = requests.get(0).getBodyAsString();
    assertTrue(body.contains("From=" + form(LINE)), body);
    assertTrue(body.contains("StatusCallback=" + form(GatewayRig.PUBLIC_URL + "/twilio/sms/status")), body);
    assertTrue(body.contains("Body=We+heard+you"), body);
    assertTrue(requests.get(0).getHeader("Authorization").startsWith("Basic "));
    String everything = rig.query("SELECT string_agg(o::text, ' ') FROM outbound_sms o").iterator().next().getString(0);
    assertFalse(everything.contains("788000001"), "the queue never holds the number in the clear");
  }

  @Test
  void aRateLimitedMessageIsRetriedAndSentOnce() {
    String caller = "+254788000002";
    twilio.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing("To=" + form(caller)))
        .inScenario("429").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited")
        .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
            .withBody(error(20429, 429, "Too Many Requests"))));
    twilio.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing("To=" + form(caller)))
        .inScenario("429").whenScenarioStateIs("limited")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(accepted("SM" + "2".repeat(32)))));
    outbox.queue("test:429", "test", participant(caller), LINE, caller, "Retry me").await();
    waitForStatus("test:429", "sent");
    assertEquals(2, row("test:429").getInteger("attempts"));
    assertEquals(2, requestsTo(caller).size());
  }

  @Test
  void serverErrorsAreRetriedWithBackoffThenGivenUp() {
    String caller = "+254788000003";
    twilioAnswers(caller, 503, error(20503, 503, "Service Unavailable"));
    outbox.queue("test:503", "test", participant(caller), LINE, caller, "Never arrives").await();
    waitForStatus("test:503", "failed");
    Row failed = row("test:503");
    assertEquals(MAX_ATTEMPTS, failed.getInteger("attempts"));
    assertTrue(failed.getString("last_error").contains("twilio_status=503"), failed.getString("last_error"));
    assertNull(failed.getValue("recipient_sealed"));
    List<LoggedRequest> requests = requestsTo(caller);
    assertEquals(MAX_ATTEMPTS, requests.size(), "one request per attempt: the SDK's own retries are off");
    requests.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
    long firstGap = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
    long secondGap = requests.get(2).getLoggedDate().getTime() - requests.get(1).getLoggedDate().getTime();
    assertTrue(firstGap >= 180 && secondGap >= 2 * 180, "backoff grows: " + firstGap + " ms, then " + secondGap + " ms");
  }

  @Test
  void anInvalidNumberIsRefusedOnceAndNeverLogged() {
    String caller = "+254788000004";
    twilioAnswers(caller, 400, error(21211, 400, "The 'To' number +254788000004 is not a valid phone number."));
    try (LogCapture logs = new LogCapture()) {
      outbox.queue("test:21211", "test", participant(caller), LINE, caller, "Bad number").await();
      waitForStatus("test:21211", "failed");
      assertTrue(logs.lines().stream().noneMatch(line -> line.contains("788000004")), String.join("\n", logs.lines()));
    }
    Row failed = row("test:21211");
    assertEquals(1, failed.getInteger("attempts"));
    assertEquals("twilio_status=400 twilio_error=21211", failed.getString("last_error"));
    assertFalse(failed.getString("last_error").contains("788000004"));
    assertEquals(1, requestsTo(caller).size());
  }

  @Test
  void anOptedOutParticipantIsNeverTexted() {
    String caller = "+254788000005";
    twilioAnswers(caller, 201, accepted("SM" + "5".repeat(32)));
    assertEquals(200, new org.sikiza.gateway.programmes.ApiCalls(rig).webhook("/twilio/sms", rig.smsParams(rig.nextSid(), caller, "STOP")).status());
    VoiceCallDriver call = new VoiceCallDriver(rig, caller, LINE);
    call.recordAMessage();
    assertEquals(0, rig.count("SELECT count(*) FROM outbound_sms WHERE dedupe_key = $1",
        "voice-confirmation:" + call.callSid()), "nothing is queued for an opted-out caller");

    String later = "+254788000006";
    twilioAnswers(later, 201, accepted("SM" + "6".repeat(32)));
    insertRow("test:opt-out-later", later, "queued", "next_attempt_at", "now() + interval '1 hour'");
    assertEquals(200, new org.sikiza.gateway.programmes.ApiCalls(rig).webhook("/twilio/sms", rig.smsParams(rig.nextSid(), later, "ACHA")).status());
    rig.query("UPDATE outbound_sms SET next_attempt_at = now() WHERE dedupe_key = 'test:opt-out-later'");
    waitForStatus("test:opt-out-later", "cancelled");
    assertNull(row("test:opt-out-later").getValue("recipient_sealed"));
    assertEquals(0, requestsTo(later).size());
  }

  @Test
  void aSenderIsPacedAtItsRateAcrossTheQueue() {
    String[] callers = {"+254788000007", "+254788000008", "+254788000009"};
    for (String caller : callers) {
      twilioAnswers(caller, 201, accepted("SM" + caller.substring(1) + "0".repeat(20)));
      outbox.queue("test:paced:" + caller, "test", participant(caller), "+254711003999", caller, "Paced").await();
    }
    String fast = "+254788000010";
    twilioAnswers(fast, 201, accepted("SM" + "a".repeat(32)));
    outbox.queue("test:short-code", "test", participant(fast), SHORT_CODE, fast, "Fast lane").await();
    for (String caller : callers) {
      waitForStatus("test:paced:" + caller, "sent");
    }
    List<Long> times = new java.util.ArrayList<>();
    for (String caller : callers) {
      times.add(requestsTo(caller).get(0).getLoggedDate().getTime());
    }
    times.sort(Long::compare);
    assertTrue(times.get(2) - times.get(0) >= 1_900, "a long code sends one message a second: " + times);
    waitForStatus("test:short-code", "sent");
  }

  @Test
  void aMessageInterruptedMidSendIsNeverSentAgainButAnUnsentClaimIs() {
    String interrupted = "+254788000011";
    String unsent = "+254788000012";
    twilioAnswers(interrupted, 201, accepted("SM" + "b".repeat(32)));
    twilioAnswers(unsent, 201, accepted("SM" + "c".repeat(32)));
    // As a worker that died would leave them: one mid-call to Twilio, one still waiting for its rate slot.
    insertRow("test:interrupted", interrupted, "sending", "lease_until", "now() - interval '1 second'");
    insertRow("test:unsent", unsent, "claimed", "lease_until", "now() - interval '1 second'");
    waitForStatus("test:interrupted", "unknown");
    waitForStatus("test:unsent", "sent");
    assertNull(row("test:interrupted").getValue("recipient_sealed"));
    assertEquals(0, requestsTo(interrupted).size(), "never sent twice: a send that may have happened is not repeated");
    assertEquals(1, requestsTo(unsent).size());
  }
}
