package org.sikiza.gateway.callins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.programmes.ApiCalls;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.GatewayRig;

/** Call-ins are classified by the background workers and counted in the rollups, like every other message. */
class CallinClassificationIntegrationTest {

  private static GatewayRig rig;

  @BeforeAll
  static void start() {
    rig = GatewayRig.start(ApiCalls.adminEnv());
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  @Test
  void aCallinIsClassifiedAndCounted() {
    ApiCalls api = new ApiCalls(rig);
    long id = api.json(api.post("/api/callins", new JsonObject()
        .put("text", "Hospitali ya Kisumu haina dawa wala daktari, wagonjwa wanateseka sana")), 201).getLong("id");
    Eventually.within(Duration.ofSeconds(30), "the call-in to be classified",
        () -> rig.count("SELECT count(*) FROM messages WHERE id = $1 AND classified_at IS NOT NULL", id) == 1);
    assertEquals(1, rig.count("SELECT count(*) FROM message_labels WHERE message_id = $1 AND theme = 'SDG3'", id));
    assertTrue(rig.count("SELECT coalesce(sum(messages), 0) FROM message_rollups WHERE channel = 'callin'") >= 1);
  }
}
