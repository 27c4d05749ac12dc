package org.sikiza.gateway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.gateway.classify.BatchClassifier;
import org.sikiza.gateway.classify.Reclassifier;
import org.sikiza.gateway.testing.Eventually;
import org.sikiza.gateway.testing.GatewayRig;

/**
 * The breakdown rollups of V4 (kept by triggers, not by the classifier's code) stay equal to a recount from
 * messages through everything that changes a message: classification by the real model, a coder's label,
 * reclassification, erasure, and a change of the deployment's time zone.
 */
class ProfileRollupsIntegrationTest {

  static final String DIFFERENCES = """
      WITH expected AS (
        SELECT coalesce(county, 'unknown') AS county, (received_at AT TIME ZONE $1)::date AS day, channel,
               coalesce(language, '') AS language, coalesce(nullif(gender, 'unknown'), '') AS gender,
               coalesce(nullif(age_band, 'unknown'), '') AS age_band,
               coalesce(nullif(disability, 'unknown'), '') AS disability, count(*)::int AS messages
        FROM messages m
        WHERE classified_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM message_labels l WHERE l.message_id = m.id AND l.theme = 'OTHER'
                            AND (l.origin = 'human' OR NOT EXISTS (
                              SELECT 1 FROM message_labels h WHERE h.message_id = m.id AND h.origin = 'human')))
        GROUP BY 1, 2, 3, 4, 5, 6, 7),
      actual AS (SELECT county, day, channel, language, gender, age_band, disability, messages
                 FROM profile_rollups WHERE messages <> 0)
      SELECT count(*) FROM ((SELECT * FROM expected EXCEPT SELECT * FROM actual)
                            UNION ALL (SELECT * FROM actual EXCEPT SELECT * FROM expected)) differences""";

  @Test
  void profileRollupsMatchARecountThroughClassificationCodingReclassificationAndErasure() {
    try (GatewayRig rig = GatewayRig.start()) {
      ZoneId zone = rig.config().timeZone();
      ReportDatabaseSetup.useTimeZone(rig.pool(), zone).await();
      String[] texts = {"Maji ya bomba hayatoki Kisumu wiki mbili sasa", "Habari, naomba wimbo wa Sauti Sol",
          "Hospitali ya Nakuru haina dawa", "Vijana wa Kakamega hawana kazi", "Salamu kwa wote", "Polisi wa Embu "
          + "wanadai hongo"};
      for (int i = 0; i < 36; i++) {
        rig.sms(rig.nextSid(), "+2547661001" + String.format("%02d", i), texts[i % texts.length] + " " + i);
      }
      Eventually.within(Duration.ofSeconds(60), "classification",
          () -> rig.count("SELECT count(*) FROM messages WHERE classified_at IS NULL AND kind = 'feedback'") == 0);
      assertEquals(0, rig.count(DIFFERENCES, zone.getId()), "after classification");
      assertTrue(rig.count("SELECT coalesce(sum(messages), 0) FROM profile_rollups") > 0);
      assertTrue(rig.count("SELECT count(*) FROM messages WHERE is_other") > 0, "greetings are OTHER");

      // A coder turns a feedback message into OTHER and an OTHER message into feedback.
      rig.query("INSERT INTO message_labels (message_id, theme, origin, labelled_by) SELECT id, 'OTHER', 'human', 'c' "
          + "FROM messages WHERE NOT is_other ORDER BY id LIMIT 1");
      rig.query("INSERT INTO message_labels (message_id, theme, origin, labelled_by) SELECT id, 'SDG8', 'human', 'c' "
          + "FROM messages WHERE is_other AND id NOT IN (SELECT message_id FROM message_labels WHERE origin = 'human') "
          + "ORDER BY id LIMIT 1");
      assertEquals(0, rig.count(DIFFERENCES, zone.getId()), "after coding");

      Vertx vertx = Vertx.vertx();
      try {
        rig.query("UPDATE messages SET county = 'lamu', language = 'eng' WHERE id IN "
            + "(SELECT id FROM messages ORDER BY id DESC LIMIT 3)");
        new Reclassifier(vertx, rig.pool(), new BatchClassifier(SikizaClassifier.loadDefault(),
            rig.config()::lineCounty, zone), zone).run().await();
        assertEquals(0, rig.count(DIFFERENCES, zone.getId()), "after reclassification");
      } finally {
        vertx.close().await();
      }

      rig.query("DELETE FROM messages WHERE id IN (SELECT id FROM messages ORDER BY id LIMIT 4)");
      assertEquals(0, rig.count(DIFFERENCES, zone.getId()), "after erasure");

      ReportDatabaseSetup.useTimeZone(rig.pool(), ZoneId.of("Asia/Kathmandu")).await();
      assertEquals(0, rig.count(DIFFERENCES, "Asia/Kathmandu"), "recounted for a new time zone");
      ReportDatabaseSetup.useTimeZone(rig.pool(), zone).await();
      assertEquals(0, rig.count(DIFFERENCES, zone.getId()));
    }
  }
}
