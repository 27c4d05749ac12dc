package org.sikiza.gateway.classify;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneId;

/**
 * Recomputes the rollups from the messages and their labels and counts the cells that differ. Zero means
 * the rollups are exact. Scans everything: for tests, {@code reclassify} and operators, not for reports.
 */
public final class RollupAudit {

  /** The effective labels of a message: its human labels if a coder set any, else the model's. */
  static final String EFFECTIVE_LABELS = """
      SELECT l.message_id, l.theme FROM message_labels l
      WHERE l.origin = 'human'
         OR NOT EXISTS (SELECT 1 FROM message_labels h WHERE h.message_id = l.message_id AND h.origin = 'human')""";

  static final String THEME_DIFFERENCES = """
      WITH effective AS (%s),
      expected AS (
        SELECT coalesce(m.county, 'unknown') AS county, e.theme, (m.received_at AT TIME ZONE $1)::date AS day,
               m.channel, count(*)::int AS messages
        FROM messages m JOIN effective e ON e.message_id = m.id
        WHERE m.classified_at IS NOT NULL
        GROUP BY 1, 2, 3, 4),
      actual AS (SELECT county, theme, day, channel, messages FROM theme_rollups WHERE messages <> 0)
      SELECT count(*) FROM ((SELECT * FROM expected EXCEPT SELECT * FROM actual)
                            UNION ALL (SELECT * FROM actual EXCEPT SELECT * FROM expected)) differences"""
      .formatted(EFFECTIVE_LABELS);

  static final String MESSAGE_DIFFERENCES = """
      WITH expected AS (
        SELECT coalesce(county, 'unknown') AS county, (received_at AT TIME ZONE $1)::date AS day, channel,
               count(*)::int AS messages
        FROM messages WHERE classified_at IS NOT NULL
        GROUP BY 1, 2, 3),
      actual AS (SELECT county, day, channel, messages FROM message_rollups WHERE messages <> 0)
      SELECT count(*) FROM ((SELECT * FROM expected EXCEPT SELECT * FROM actual)
                            UNION ALL (SELECT * FROM actual EXCEPT SELECT * FROM expected)) differences""";

  static final String PARTICIPANT_DIFFERENCES = """
      WITH expected AS (
        SELECT DISTINCT coalesce(county, 'unknown') AS county, (received_at AT TIME ZONE $1)::date AS day, channel,
               participant_id
        FROM messages WHERE classified_at IS NOT NULL AND participant_id IS NOT NULL),
      actual AS (SELECT county, day, channel, participant_id FROM county_participants)
      SELECT count(*) FROM ((SELECT * FROM expected EXCEPT SELECT * FROM actual)
                            UNION ALL (SELECT * FROM actual EXCEPT SELECT * FROM expected)) differences""";

  private RollupAudit() {
  }

  /** Cells of theme_rollups, message_rollups and county_participants that differ from a recomputation. */
  public static Future<Long> differences(Pool pool, ZoneId zone) {
    Tuple params = Tuple.of(zone.getId());
    return Future.all(
            pool.preparedQuery(THEME_DIFFERENCES).execute(params),
            pool.preparedQuery(MESSAGE_DIFFERENCES).execute(params),
            pool.preparedQuery(PARTICIPANT_DIFFERENCES).execute(params))
        .map(all -> {
          long total = 0;
          for (int i = 0; i < all.size(); i++) {
            io.vertx.sqlclient.RowSet<io.vertx.sqlclient.Row> rows = all.resultAt(i);
            total += rows.iterator().next().getLong(0);
          }
          return total;
        });
  }
}
