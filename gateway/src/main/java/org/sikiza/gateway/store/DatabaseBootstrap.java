package org.sikiza.gateway.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the gateway's database when it does not exist yet, through the server's maintenance database. */
public final class DatabaseBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseBootstrap.class);
  /** Two instances creating the database at once: 42P04, or 23505 when both passed the catalogue check. */
  private static final java.util.Set<String> ALREADY_CREATED = java.util.Set.of("42P04", "23505");

  private DatabaseBootstrap() {
  }

  /** Creates the database if needed, opens a pool and applies pending migrations: what every command needs first. */
  public static Future<io.vertx.sqlclient.Pool> openMigrated(Vertx vertx, String databaseUrl, int poolSize) {
    return ensureDatabaseExists(vertx, databaseUrl)
        .map(created -> DatabaseConnections.pool(vertx, databaseUrl, poolSize))
        .compose(pool -> new SchemaMigrator(pool).migrate().map(applied -> pool));
  }

  public static Future<Void> ensureDatabaseExists(Vertx vertx, String databaseUrl) {
    PgConnectOptions target;
    try {
      target = DatabaseConnections.options(databaseUrl);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new IllegalArgumentException(
          "SIKIZA_DATABASE_URL is not a PostgreSQL URL (postgresql://user@host:port/database)"));
    }
    String name = target.getDatabase();
    if (!name.matches("[A-Za-z0-9_]+")) {
      return Future.failedFuture(new IllegalArgumentException(
          "database name '" + name + "' may contain only letters, digits and underscores"));
    }
    PgConnectOptions maintenance = new PgConnectOptions(target).setDatabase("postgres");
    return PgConnection.connect(vertx, maintenance).compose(conn -> conn
        .preparedQuery("SELECT 1 FROM pg_database WHERE datname = $1").execute(Tuple.of(name))
        .compose(rows -> rows.size() > 0
            ? Future.<Void>succeededFuture()
            : conn.query("CREATE DATABASE \"" + name + "\"").execute()
                .onSuccess(done -> LOG.info("event=database.created database={}", name))
                .<Void>mapEmpty()
                .recover(DatabaseBootstrap::ignoreConcurrentCreate))
        .eventually(conn::close));
  }

  /** Another gateway instance created it between our check and our CREATE: that is fine. */
  private static Future<Void> ignoreConcurrentCreate(Throwable failure) {
    if (failure instanceof PgException pg && ALREADY_CREATED.contains(pg.getSqlState())) {
      return Future.succeededFuture();
    }
    return Future.failedFuture(failure);
  }
}
