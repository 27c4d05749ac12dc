package org.sikiza.gateway.store;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/** Builds PostgreSQL connection options and pools from the {@code SIKIZA_DATABASE_URL}, tuned for batched writes. */
public final class DatabaseConnections {

  /** A database that does not accept a connection by now counts as unreachable: the spool takes over. */
  private static final int CONNECT_TIMEOUT_MS = 3_000;

  private DatabaseConnections() {
  }

  public static PgConnectOptions options(String databaseUrl) {
    return PgConnectOptions.fromUri(databaseUrl)
        .setCachePreparedStatements(true)
        .setPipeliningLimit(256)
        .setReconnectAttempts(0);
  }

  public static Pool pool(Vertx vertx, String databaseUrl, int size) {
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(size).setConnectionTimeout(5).setName("sikiza"))
        .with(new NetClientOptions().setConnectTimeout(CONNECT_TIMEOUT_MS))
        .connectingTo(options(databaseUrl))
        .using(vertx)
        .build();
  }

  /** host:port/database, never the password, for log lines and error messages. */
  public static String describe(String databaseUrl) {
    PgConnectOptions options = PgConnectOptions.fromUri(databaseUrl);
    return options.getHost() + ":" + options.getPort() + "/" + options.getDatabase();
  }
}
