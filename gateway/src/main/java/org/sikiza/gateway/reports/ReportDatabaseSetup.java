package org.sikiza.gateway.reports;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the database the deployment's time zone, which the profile triggers of V4 use to put a message on its local
 * day like the other rollups. When the zone changes (or on first start outside Nairobi), recounts profile_rollups
 * once, in one transaction. Idempotent: call it at every start-up, after the migrations.
 */
public final class ReportDatabaseSetup {

  private static final Logger LOG = LoggerFactory.getLogger(ReportDatabaseSetup.class);

  static final String CHANGE_ZONE = """
      UPDATE report_settings SET time_zone = $1 WHERE time_zone <> $1 RETURNING time_zone""";

  static final String RECOUNT_PROFILES = """
      DELETE FROM profile_rollups;
      INSERT INTO profile_rollups (county, day, channel, language, gender, age_band, disability, messages)
      SELECT coalesce(county, 'unknown'), (received_at AT TIME ZONE (SELECT time_zone FROM report_settings))::date,
             channel, coalesce(language, ''), coalesce(nullif(gender, 'unknown'), ''),
             coalesce(nullif(age_band, 'unknown'), ''), coalesce(nullif(disability, 'unknown'), ''), count(*)::int
      FROM messages WHERE classified_at IS NOT NULL AND NOT is_other
      GROUP BY 1, 2, 3, 4, 5, 6, 7""";

  private ReportDatabaseSetup() {
  }

  public static Future<Void> useTimeZone(Pool pool, ZoneId zone) {
    return pool.withTransaction(conn -> conn.query("LOCK TABLE report_settings IN EXCLUSIVE MODE").execute()
        .compose(locked -> conn.preparedQuery(CHANGE_ZONE).execute(Tuple.of(zone.getId())))
        .compose(changed -> {
          if (changed.size() == 0) {
            return Future.succeededFuture();
          }
          LOG.info("event=reports.time_zone_changed zone={} action=recount_profiles", zone.getId());
          return conn.query(RECOUNT_PROFILES).execute().mapEmpty();
        }));
  }
}
