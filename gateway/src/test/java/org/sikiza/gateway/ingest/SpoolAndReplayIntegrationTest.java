package org.sikiza.gateway.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.pgclient.PgConnectOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.sms.InboundSms;
import org.sikiza.gateway.sms.MessageKind;
import org.sikiza.gateway.testing.CuttableTcpProxy;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.testing.TestDatabase;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/**
 * When PostgreSQL becomes unreachable under a running gateway, webhooks are still acknowledged, because
 * they are fsynced to the spool first; when it is back, the spool is replayed, each message exactly once.
 */
class SpoolAndReplayIntegrationTest {

  @Test
  void messagesAcknowledgedWhileTheDatabaseIsUnreachableAreStoredOnceWhenItIsBack() {
    PgConnectOptions server = PgConnectOptions.fromUri(TestDatabase.SERVER);
    try (CuttableTcpProxy proxy = new CuttableTcpProxy(server.getHost(), server.getPort());
         TestDatabase database = new TestDatabase()) {
      String viaProxy = "postgresql://" + server.getUser() + "@127.0.0.1:" + proxy.port() + "/" + database.name();
      try (GatewayRig rig = GatewayRig.onDatabase(database, Map.of("SIKIZA_DATABASE_URL", viaProxy))) {
        String before = rig.nextSid();
        assertEquals(200, rig.sms(before, "+254722000001", "kabla ya hitilafu").status());

        proxy.cut();
        List<String> sids = new ArrayList<>();
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          String sid = rig.nextSid();
          sids.add(sid);
          answers.add(rig.twilio().post("/twilio/sms", rig.smsParams(sid, "+25472200" + (1000 + i), "wakati wa hitilafu " + i)));
        }
        Future.join(answers).await();
        answers.forEach(answer -> assertEquals(200, answer.result().status(), answer.result().body()));
        answers.forEach(answer -> assertFalse(answer.result().body().contains("<Message"),
            "no reply while the sender's consent cannot be checked"));
        // A retry of a spooled message while the database is still away is spooled again ...
        assertEquals(200, rig.sms(sids.get(0), "+254722001000", "wakati wa hitilafu 0").status());
        assertEquals(31, rig.services().spool().depth());
        assertEquals(503, health(rig));

        proxy.restore();
        Eventually.within(Duration.ofSeconds(20), "the spool to be replayed",
            () -> rig.services().spool().depth() == 0);
        // ... and still stored once.
        for (String sid : sids) {
          assertEquals(1, rig.count("SELECT count(*) FROM messages WHERE provider_sid = $1", sid), sid);
        }
        assertEquals(31, rig.count("SELECT count(*) FROM messages"));
        assertEquals(200, health(rig));
        // A late retry of a replayed message is a duplicate.
        Answer late = rig.sms(sids.get(5), "+254722001005", "wakati wa hitilafu 5");
        assertEquals(200, late.status());
        assertEquals(31, rig.count("SELECT count(*) FROM messages"));
      }
    }
  }

  @Test
  void aSpoolLeftByACrashedProcessIsReplayedOnStartEvenIfPartlyReplayedBefore() throws Exception {
    Path spoolDir = Files.createTempDirectory("sikiza-crashed-spool");
    List<InboundSms> messages = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      messages.add(new InboundSms("SMcrash" + i, "sms", MessageKind.FEEDBACK, "+254700100200", "participant" + i,
          "ujumbe " + i, 1, List.of(), Instant.parse("2026-11-01T10:00:00Z")));
    }
    try (InboundSpool spool = new InboundSpool(spoolDir)) {
      spool.append(messages.subList(0, 3));
      spool.append(messages.subList(3, 5));
    }
    // A crash in the middle of a write leaves a torn last line; it was never acknowledged.
    Path segment;
    try (var files = Files.list(spoolDir)) {
      segment = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
    }
    Files.writeString(segment, "{\"providerSid\":\"SMtorn", java.nio.file.StandardOpenOption.APPEND);

    try (TestDatabase database = new TestDatabase()) {
      try (GatewayRig rig = GatewayRig.onDatabase(database, Map.of("SIKIZA_SPOOL_DIR", spoolDir.toString()))) {
        // One message was committed before the crash (replay between commit and delete).
        rig.query("INSERT INTO messages (provider_sid, channel, kind, line, participant_id, body, received_at) "
            + "VALUES ('SMcrash0', 'sms', 'feedback', '+254700100200', 'participant0', 'ujumbe 0', now()) "
            + "ON CONFLICT DO NOTHING");
        Eventually.within(Duration.ofSeconds(20), "the crashed spool to be replayed",
            () -> rig.count("SELECT count(*) FROM messages WHERE provider_sid LIKE 'SMcrash%'") == 5);
        Eventually.within(Duration.ofSeconds(5), "the segment to be deleted", () -> rig.services().spool().depth() == 0);
        assertEquals(0, rig.count("SELECT count(*) FROM messages WHERE provider_sid LIKE 'SMtorn%'"));
        assertEquals("ujumbe 4", rig.query("SELECT body FROM messages WHERE provider_sid = 'SMcrash4'")
            .iterator().next().getString(0));
      }
    }
  }

  private static int health(GatewayRig rig) {
    return rig.get("/health").status();
  }

}
