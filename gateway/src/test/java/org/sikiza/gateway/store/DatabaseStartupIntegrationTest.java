package org.sikiza.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.testing.TestDatabase;

/** On start the gateway creates its database if needed and applies each migration once, even when racing. */
class DatabaseStartupIntegrationTest {

  @Test
  void createsTheDatabaseAndMigratesItOnceWhenInstancesStartTogether() {
    Vertx vertx = Vertx.vertx();
    try (TestDatabase database = new TestDatabase()) {
      Future.all(List.of(
          DatabaseBootstrap.ensureDatabaseExists(vertx, database.url()),
          DatabaseBootstrap.ensureDatabaseExists(vertx, database.url()))).await();
      Pool first = DatabaseConnections.pool(vertx, database.url(), 2);
      Pool second = DatabaseConnections.pool(vertx, database.url(), 2);
      Future<Integer> a = new SchemaMigrator(first).migrate();
      Future<Integer> b = new SchemaMigrator(second).migrate();
      Future.all(a, b).await();
      assertEquals(SchemaMigrator.MIGRATIONS.size(), a.result() + b.result(), "each migration applied exactly once");
      assertEquals(0, new SchemaMigrator(first).migrate().await(), "nothing left to apply on a restart");
      assertEquals(SchemaMigrator.MIGRATIONS.size(), first.query("SELECT count(*) FROM schema_migrations").execute()
          .await().iterator().next().getLong(0));
      assertTrue(first.query("SELECT to_regclass('messages') IS NOT NULL").execute().await().iterator().next()
          .getBoolean(0));
      first.close().await();
      second.close().await();
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void refusesADatabaseNameThatCannotBeAnIdentifier() {
    Vertx vertx = Vertx.vertx();
    try {
      Future<Void> hyphen = DatabaseBootstrap.ensureDatabaseExists(vertx, "postgresql://postgres@localhost:5432/bad-name");
      hyphen.otherwiseEmpty().await();
      assertTrue(hyphen.cause().getMessage().contains("letters, digits and underscores"), hyphen.cause().getMessage());
      Future<Void> notAUrl = DatabaseBootstrap.ensureDatabaseExists(vertx, "postgresql://postgres@localhost:5432/x;drop");
      notAUrl.otherwiseEmpty().await();
      assertTrue(notAUrl.cause().getMessage().startsWith("SIKIZA_DATABASE_URL is not a PostgreSQL URL"));
    } finally {
      vertx.close().await();
    }
  }
}
