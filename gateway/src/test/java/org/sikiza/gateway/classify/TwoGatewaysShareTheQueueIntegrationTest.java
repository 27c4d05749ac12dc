package org.sikiza.gateway.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** Two gateway instances on one database, each with two workers: every message is classified exactly once. */
class TwoGatewaysShareTheQueueIntegrationTest {

  @Test
  void everyMessageIsClassifiedOnceWhateverInstanceTakesIt() {
    Map<String, String> workers = Map.of("SIKIZA_CLASSIFIER_WORKERS", "2", "SIKIZA_CLASSIFIER_BATCH", "7");
    try (GatewayRig first = GatewayRig.start(workers);
         GatewayRig second = GatewayRig.onDatabase(first.database(), workers)) {
      List<Future<Answer>> sent = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        GatewayRig via = i % 2 == 0 ? first : second;
        sent.add(via.twilio().post("/twilio/sms", via.smsParams(first.nextSid(), "+2547550" + (10000 + i),
            (i % 3 == 0 ? "Hakuna maji Kitui " : i % 3 == 1 ? "Shule ya Turkana haina walimu " : "Karao wa Nairobi ") + i)));
      }
      Future.join(sent).await();
      Eventually.within(Duration.ofSeconds(60), "both instances to drain the queue",
          () -> first.count("SELECT count(*) FROM messages WHERE classified_at IS NULL AND kind = 'feedback'") == 0);
      assertEquals(300, first.count("SELECT count(*) FROM messages WHERE classified_at IS NOT NULL"));
      assertEquals(300, first.count("SELECT sum(messages) FROM message_rollups"), "no message counted twice");
      assertEquals(0, RollupAudit.differences(first.pool(), first.config().timeZone()).await());
    }
  }
}
