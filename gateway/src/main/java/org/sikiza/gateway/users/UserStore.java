package org.sikiza.gateway.users;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sikiza.gateway.auth.Role;

/** SQL of users, API tokens and sessions (V3__users_sessions.sql). */
public final class UserStore {

  /** A row with the hash it was found with, for verification. */
  public record WithHash(UserAccount account, String hash) {}

  /** A live session: its user and its CSRF token. */
  public record SessionRow(UserAccount account, String csrfToken) {}

  static final String INSERT_USER = """
      INSERT INTO users (name, role, county, password_hash) VALUES ($1, $2, $3, $4)
      RETURNING id""";

  static final String USER_COLUMNS = "u.id, u.name, u.role, u.county, u.password_hash IS NOT NULL AS has_password, "
      + "u.disabled_at IS NOT NULL AS disabled";

  static final String USER_BY_NAME = "SELECT " + USER_COLUMNS + ", u.password_hash FROM users u "
      + "WHERE lower(u.name) = lower($1)";

  static final String ALL_USERS = "SELECT " + USER_COLUMNS + " FROM users u ORDER BY lower(u.name)";

  static final String INSERT_TOKEN = "INSERT INTO api_tokens (id, user_id, secret_hash) VALUES ($1, $2, $3)";

  static final String TOKEN_BY_ID = "SELECT " + USER_COLUMNS + ", t.secret_hash FROM api_tokens t "
      + "JOIN users u ON u.id = t.user_id WHERE t.id = $1 AND t.revoked_at IS NULL";

  static final String TOKENS_OF_USER = """
      SELECT t.secret_hash FROM api_tokens t JOIN users u ON u.id = t.user_id
      WHERE lower(u.name) = lower($1) AND t.revoked_at IS NULL""";

  static final String DISABLE_USER = """
      UPDATE users SET disabled_at = now() WHERE lower(name) = lower($1) AND disabled_at IS NULL RETURNING id""";

  static final String REVOKE_TOKENS = "UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL";

  static final String DROP_SESSIONS_OF_USER = "DELETE FROM sessions WHERE user_id = $1";

  static final String INSERT_SESSION = """
      INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)""";

  static final String SESSION = "SELECT " + USER_COLUMNS + ", s.csrf_token FROM sessions s "
      + "JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1 AND s.expires_at > now()";

  static final String DELETE_SESSION = "DELETE FROM sessions WHERE id_hash = $1";

  static final String DELETE_EXPIRED_SESSIONS = "DELETE FROM sessions WHERE expires_at <= now()";

  private final Pool pool;

  public UserStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Optional<WithHash>> byName(String name) {
    return pool.preparedQuery(USER_BY_NAME).execute(Tuple.of(name)).map(rows -> rows.size() == 0 ? Optional.empty()
        : Optional.of(new WithHash(account(rows.iterator().next()), rows.iterator().next().getString("password_hash"))));
  }

  public Future<List<UserAccount>> all() {
    return pool.query(ALL_USERS).execute().map(rows -> {
      List<UserAccount> users = new ArrayList<>();
      rows.forEach(row -> users.add(account(row)));
      return users;
    });
  }

  public Future<Void> insertToken(String id, long userId, String secretHash) {
    return pool.preparedQuery(INSERT_TOKEN).execute(Tuple.of(id, userId, secretHash)).mapEmpty();
  }

  public Future<Optional<WithHash>> token(String id) {
    return pool.preparedQuery(TOKEN_BY_ID).execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? Optional.empty()
        : Optional.of(new WithHash(account(rows.iterator().next()), rows.iterator().next().getString("secret_hash"))));
  }

  /** The secret hashes of a user's live tokens, for signing in with a token as password. */
  public Future<List<String>> tokenHashes(String name) {
    return pool.preparedQuery(TOKENS_OF_USER).execute(Tuple.of(name)).map(rows -> {
      List<String> hashes = new ArrayList<>();
      rows.forEach(row -> hashes.add(row.getString(0)));
      return hashes;
    });
  }

  /** Disables a user, revokes their tokens and ends their sessions; false when no such active user. */
  public Future<Boolean> disable(String name) {
    return pool.withTransaction(conn -> conn.preparedQuery(DISABLE_USER).execute(Tuple.of(name)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(false);
      }
      long id = rows.iterator().next().getLong(0);
      return conn.preparedQuery(REVOKE_TOKENS).execute(Tuple.of(id))
          .compose(done -> conn.preparedQuery(DROP_SESSIONS_OF_USER).execute(Tuple.of(id)))
          .map(true);
    }));
  }

  public Future<Void> insertSession(byte[] idHash, long userId, String csrfToken, Duration lifetime) {
    return pool.preparedQuery(INSERT_SESSION).execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(idHash), userId,
        csrfToken, OffsetDateTime.now(ZoneOffset.UTC).plus(lifetime))).mapEmpty();
  }

  public Future<Optional<SessionRow>> session(byte[] idHash) {
    return pool.preparedQuery(SESSION).execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(idHash)))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new SessionRow(
            account(rows.iterator().next()), rows.iterator().next().getString("csrf_token"))));
  }

  public Future<Void> deleteSession(byte[] idHash) {
    return pool.preparedQuery(DELETE_SESSION).execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(idHash)))
        .compose(done -> pool.query(DELETE_EXPIRED_SESSIONS).execute()).mapEmpty();
  }

  private static UserAccount account(Row row) {
    return new UserAccount(row.getLong("id"), row.getString("name"),
        Role.parse(row.getString("role")).orElseThrow(), row.getString("county"), row.getBoolean("has_password"),
        row.getBoolean("disabled"));
  }
}
