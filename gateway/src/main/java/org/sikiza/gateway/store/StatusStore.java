package org.sikiza.gateway.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/** Records delivery status callbacks for outbound messages, each (message, status) pair once. */
public final class StatusStore {

  static final String INSERT_STATUS = """
      INSERT INTO sms_status_events (message_sid, status, known_status, error_code) VALUES ($1, $2, $3, $4)
      ON CONFLICT (message_sid, status) DO NOTHING""";

  private final Pool pool;

  public StatusStore(Pool pool) {
    this.pool = pool;
  }

  /** @return true when this status was new, false for a repeat */
  public Future<Boolean> record(String messageSid, String status, boolean known, String errorCode) {
    return pool.preparedQuery(INSERT_STATUS).execute(Tuple.of(messageSid, status, known, errorCode))
        .map(rows -> rows.rowCount() > 0);
  }
}
