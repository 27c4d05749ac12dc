package org.sikiza.gateway.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema migrations in {@code db/migration/} that the database has not seen,
 * each in its own transaction, under an advisory lock so that gateway instances starting together
 * do not race.
 */
public final class SchemaMigrator {

  /** In order; a migration, once released, is never edited: add a new one. */
  static final List<String> MIGRATIONS = List.of(
      "V1__messages_contacts_status.sql",
      "V2__classification_labels_rollups.sql",
      "V3__users_sessions.sql",
      "V4__report_profiles.sql",
      "V5__programmes_voice.sql",
      "V6__pending_classification_index.sql");

  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
  private static final long LOCK_KEY = 0x5_1C12AL;

  private static final String CREATE_HISTORY = """
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )""";

  private final Pool pool;

  public SchemaMigrator(Pool pool) {
    this.pool = pool;
  }

  public Future<Integer> migrate() {
    return pool.getConnection().compose(conn -> conn
        .preparedQuery("SELECT pg_advisory_lock($1)").execute(Tuple.of(LOCK_KEY))
        .compose(locked -> conn.query(CREATE_HISTORY).execute())
        .compose(created -> conn.query("SELECT version FROM schema_migrations").execute())
        .compose(rows -> {
          Set<Integer> applied = new HashSet<>();
          for (Row row : rows) {
            applied.add(row.getInteger(0));
          }
          return applyPending(conn, applied);
        })
        .eventually(() -> conn.preparedQuery("SELECT pg_advisory_unlock($1)").execute(Tuple.of(LOCK_KEY))
            .eventually(conn::close)));
  }

  private Future<Integer> applyPending(SqlConnection conn, Set<Integer> applied) {
    Future<Integer> chain = Future.succeededFuture(0);
    for (String file : MIGRATIONS) {
      int version = versionOf(file);
      if (applied.contains(version)) {
        continue;
      }
      chain = chain.compose(count -> conn.begin().compose(tx -> conn.query(read(file)).execute()
          .compose(done -> conn.preparedQuery("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)")
              .execute(Tuple.of(version, file)))
          .compose(done -> tx.commit())
          .onSuccess(done -> LOG.info("event=schema.migrated version={} name={}", version, file))
          .map(done -> count + 1)));
    }
    return chain;
  }

  static int versionOf(String file) {
    return Integer.parseInt(file.substring(1, file.indexOf("__")));
  }

  private static String read(String file) {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream("/db/migration/" + file)) {
      if (in == null) {
        throw new IllegalStateException("migration " + file + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
