package org.sikiza.reporting.query;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * Runs a report query planned for its actual parameters. The gateway caches prepared statements, and after five
 * runs PostgreSQL may switch a statement to a generic plan; for report queries, whose best plan depends on the
 * county and the period ({@code $n IS NULL OR ...} filters, a big county against a small one), a generic plan can
 * be a hundred times slower. {@code SET LOCAL plan_cache_mode} keeps the cached statement but plans each run.
 */
final class CustomPlans {

  static final String FORCE_CUSTOM_PLAN = "SET LOCAL plan_cache_mode = force_custom_plan";

  private CustomPlans() {
  }

  static Future<RowSet<Row>> execute(Pool pool, String sql, Tuple params) {
    return pool.withTransaction(conn -> conn.query(FORCE_CUSTOM_PLAN).execute()
        .compose(set -> conn.preparedQuery(sql).execute(params)));
  }
}
