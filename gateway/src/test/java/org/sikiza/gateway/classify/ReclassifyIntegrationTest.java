package org.sikiza.gateway.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.GatewayRig;

/** {@code reclassify} replaces an older model's decisions and moves the rollups by exact deltas. */
class ReclassifyIntegrationTest {

  /** Rebuilds the rollups from labels, as an older model's run would have left them. */
  private static final String RECOUNT = """
      TRUNCATE theme_rollups, message_rollups, county_participants;
      INSERT INTO theme_rollups
        SELECT coalesce(m.county, 'unknown'), e.theme, (m.received_at AT TIME ZONE 'Africa/Nairobi')::date, m.channel,
               count(*)
        FROM messages m JOIN (%s) e ON e.message_id = m.id WHERE m.classified_at IS NOT NULL GROUP BY 1, 2, 3, 4;
      INSERT INTO message_rollups
        SELECT coalesce(county, 'unknown'), (received_at AT TIME ZONE 'Africa/Nairobi')::date, channel, count(*)
        FROM messages WHERE classified_at IS NOT NULL GROUP BY 1, 2, 3;
      INSERT INTO county_participants
        SELECT DISTINCT coalesce(county, 'unknown'), (received_at AT TIME ZONE 'Africa/Nairobi')::date, channel,
               participant_id
        FROM messages WHERE classified_at IS NOT NULL""".formatted(RollupAudit.EFFECTIVE_LABELS);

  @Test
  void anOlderModelsLabelsAndCountiesAreReplacedAndTheRollupsStayExact() {
    try (GatewayRig rig = GatewayRig.start()) {
      String water = rig.nextSid();
      String police = rig.nextSid();
      String coded = rig.nextSid();
      rig.sms(water, "+254766000001", "Maji ya bomba hayatoki Machakos wiki mbili sasa");
      rig.sms(police, "+254766000002", "Polisi wa Nakuru wanadai hongo kila siku");
      rig.sms(coded, "+254766000003", "Hospitali ya Kisii haina dawa");
      for (int i = 0; i < 30; i++) {
        rig.sms(rig.nextSid(), "+2547660001" + String.format("%02d", i), "Barabara ya Kitui imeharibika " + i);
      }
      Eventually.within(Duration.ofSeconds(30), "classification",
          () -> rig.count("SELECT count(*) FROM messages WHERE classified_at IS NULL AND kind = 'feedback'") == 0);
      long total = rig.count("SELECT sum(messages) FROM message_rollups");

      // An older model: it put the water message under SDG1 in Kitui and the police message in no county.
      rig.query("UPDATE message_labels SET theme = 'SDG1', model_version = 'old' WHERE message_id = "
          + "(SELECT id FROM messages WHERE provider_sid = $1)", water);
      rig.query("UPDATE messages SET county = 'kitui', county_source = 'message', model_version = 'old' "
          + "WHERE provider_sid = $1", water);
      rig.query("UPDATE messages SET county = NULL, county_source = NULL WHERE provider_sid = $1", police);
      // A coder decided the hospital message is about SDG10 (the patients are refugees, say).
      rig.query("INSERT INTO message_labels (message_id, theme, origin, labelled_by) "
          + "SELECT id, 'SDG10', 'human', 'coder-1' FROM messages WHERE provider_sid = $1", coded);
      rig.pool().query(RECOUNT).execute().await();
      assertEquals(0, RollupAudit.differences(rig.pool(), rig.config().timeZone()).await());
      assertEquals(1, rig.count("SELECT count(*) FROM theme_rollups WHERE county = 'kitui' AND theme = 'SDG1'"));

      io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
      Reclassifier.Summary summary = new Reclassifier(vertx,
          rig.pool(), new BatchClassifier(rig.services().classifier(), rig.config()::lineCounty, rig.config().timeZone()),
          rig.config().timeZone()).run().await();
      vertx.close().await();

      assertEquals(33, summary.messages());
      assertTrue(summary.themesChanged() >= 1);
      assertEquals(2, summary.countiesChanged());
      assertEquals(0, RollupAudit.differences(rig.pool(), rig.config().timeZone()).await(), "rollups exact");
      assertEquals(total, rig.count("SELECT sum(messages) FROM message_rollups"));
      assertEquals("machakos", rig.query("SELECT county FROM messages WHERE provider_sid = $1", water)
          .iterator().next().getString(0));
      assertEquals("nakuru", rig.query("SELECT county FROM messages WHERE provider_sid = $1", police)
          .iterator().next().getString(0));
      assertEquals(0, rig.count("SELECT count(*) FROM theme_rollups WHERE county = 'kitui' AND theme = 'SDG1'"));
      assertEquals(0, rig.count("SELECT count(*) FROM message_labels WHERE model_version = 'old'"));
      assertEquals(1, rig.count("SELECT coalesce(sum(messages), 0) FROM theme_rollups WHERE county = 'kisii' AND theme = 'SDG10'"),
          "the coder's label keeps counting");
    }
  }
}
