package org.sikiza.gateway.store;

import io.vertx.pgclient.PgException;
import java.util.Set;

/** Tells a database that cannot be reached (spool and retry later) from a statement that is wrong (do not). */
public final class DatabaseFailures {

  /** SQLSTATEs that mean the server is going away or refusing work, not that our statement is at fault. */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "53100", "58000");

  private DatabaseFailures() {
  }

  public static boolean isUnreachable(Throwable failure) {
    if (failure instanceof PgException pg) {
      String state = pg.getSqlState();
      return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }
    return true; // connection refused or closed, pool timeout, our own timeout: the server did not answer
  }
}
