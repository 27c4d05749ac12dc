package org.sikiza.gateway.testing;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import java.util.UUID;

/**
 * A database of its own for one test, on the real local PostgreSQL; dropped on close. The server is
 * {@code SIKIZA_TEST_DATABASE_SERVER} (default {@code postgresql://postgres@localhost:5432}).
 */
public final class TestDatabase implements AutoCloseable {

  public static final String SERVER =
      System.getenv().getOrDefault("SIKIZA_TEST_DATABASE_SERVER", "postgresql://postgres@localhost:5432");

  private final String name = "sikiza_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  public String name() {
    return name;
  }

  /** The URL of this test's database (created by the gateway on start, like in production). */
  public String url() {
    return SERVER + "/" + name;
  }

  @Override
  public void close() {
    Vertx vertx = Vertx.vertx();
    try {
      PgConnection conn = PgConnection.connect(vertx,
          new PgConnectOptions(PgConnectOptions.fromUri(SERVER + "/postgres"))).await();
      conn.query("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)").execute().await();
      conn.close().await();
    } finally {
      vertx.close().await();
    }
  }
}
