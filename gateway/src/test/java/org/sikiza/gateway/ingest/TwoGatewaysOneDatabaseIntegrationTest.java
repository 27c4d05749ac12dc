package org.sikiza.gateway.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.GatewayRig;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/** Two gateway instances behind a load balancer share one PostgreSQL: a webhook stores once wherever it lands. */
class TwoGatewaysOneDatabaseIntegrationTest {

  @Test
  void theSameWebhooksSentToBothInstancesAreStoredOnce() {
    try (GatewayRig first = GatewayRig.start();
         GatewayRig second = GatewayRig.onDatabase(first.database(), Map.of())) {
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String sid = first.nextSid();
        Map<String, String> params = first.smsParams(sid, "+25473300" + (1000 + i), "ujumbe " + i);
        answers.add(first.twilio().post("/twilio/sms", params));
        answers.add(second.twilio().post("/twilio/sms", params));
      }
      Future.join(answers).await();
      answers.forEach(answer -> assertEquals(200, answer.result().status()));
      assertEquals(50, first.count("SELECT count(*) FROM messages"));
      assertEquals(50, answers.stream().filter(a -> a.result().body().contains("<Message")).count(),
          "each message is acknowledged with a reply exactly once");
    }
  }
}
