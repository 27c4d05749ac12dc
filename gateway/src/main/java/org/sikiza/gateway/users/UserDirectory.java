package org.sikiza.gateway.users;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sikiza.gateway.auth.Principal;
import org.sikiza.gateway.auth.Role;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.catalogue.CountyDirectory;

/**
 * Users and their credentials: creates users with an API token, checks tokens (fast id lookup, slow bcrypt verify,
 * then a short in-memory cache so a busy client does not pay bcrypt on every request), checks logins (password, or
 * the user's API token in the password field), and keeps browser sessions. bcrypt runs on worker threads.
 */
public final class UserDirectory implements TokenVerifier {

  /** A verified token is trusted this long before bcrypt checks it again: the delay a revocation can take. */
  static final Duration TOKEN_CACHE = Duration.ofMinutes(5);
  public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
  static final int MIN_PASSWORD = 10;

  /** A user as created, before validation. */
  public record Request(String name, Role role, String county, String password) {}

  /** A session just started: the cookie value (only ever in the browser) and its CSRF token. */
  public record NewSession(String cookieValue, String csrfToken) {}

  private record Cached(Principal principal, long expiresAtNanos) {}

  private static final String DUMMY_HASH = "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";

  private final Vertx vertx;
  private final UserStore store;
  private final Pool pool;
  private final SecretHasher hasher;
  private final CountyDirectory counties;
  private final Map<String, Cached> verified = new ConcurrentHashMap<>();

  public UserDirectory(Vertx vertx, Pool pool, CountyDirectory counties) {
    this(vertx, pool, counties, new SecretHasher());
  }

  UserDirectory(Vertx vertx, Pool pool, CountyDirectory counties, SecretHasher hasher) {
    this.vertx = vertx;
    this.pool = pool;
    this.store = new UserStore(pool);
    this.hasher = hasher;
    this.counties = counties;
  }

  public UserStore store() {
    return store;
  }

  /** Problems with a request to create a user, in words for the person who typed it; empty when it is fine. */
  public List<String> problems(Request request) {
    List<String> problems = new java.util.ArrayList<>();
    if (request.name() == null || request.name().isBlank() || request.name().length() > 100
        || request.name().chars().anyMatch(Character::isISOControl)) {
      problems.add("--name must be 1 to 100 printable characters");
    }
    if (request.role() == Role.OFFICIAL && (request.county() == null || counties.find(request.county()).isEmpty())) {
      problems.add("an official needs --county, one of: " + String.join(", ",
          counties.all().stream().map(County::slug).toList()));
    }
    if (request.role() != Role.OFFICIAL && request.county() != null) {
      problems.add("only officials belong to a county; leave out --county for role " + request.role().dbValue());
    }
    if (request.password() != null && (request.password().length() < MIN_PASSWORD
        || !SecretHasher.fits(request.password()))) {
      problems.add("a password needs " + MIN_PASSWORD + " to " + SecretHasher.MAX_BYTES + " bytes");
    }
    return problems;
  }

  /** Creates a user and their first API token. Fails with IllegalArgumentException on a bad request. */
  public Future<NewUser> add(Request request) {
    List<String> problems = problems(request);
    if (!problems.isEmpty()) {
      return Future.failedFuture(new IllegalArgumentException(String.join("; ", problems)));
    }
    String county = request.county() == null ? null : counties.find(request.county()).orElseThrow().code();
    ApiToken token = ApiToken.generate();
    return vertx.executeBlocking(() -> new String[] {
            request.password() == null ? null : hasher.hashPassword(request.password()),
            hasher.hashTokenSecret(token.secret())}, false)
        .compose(hashes -> pool.withTransaction(conn -> conn.preparedQuery(UserStore.INSERT_USER)
            .execute(Tuple.of(request.name().trim(), request.role().dbValue(), county, hashes[0]))
            .map(rows -> rows.iterator().next().getLong(0))
            .compose(id -> conn.preparedQuery(UserStore.INSERT_TOKEN).execute(Tuple.of(token.id(), id, hashes[1]))
                .map(done -> new NewUser(new UserAccount(id, request.name().trim(), request.role(), county,
                    hashes[0] != null, false), token)))));
  }

  /** Issues another API token to an existing, active user. */
  public Future<ApiToken> issueToken(String name) {
    ApiToken token = ApiToken.generate();
    return store.byName(name).compose(user -> {
      if (user.isEmpty() || user.get().account().disabled()) {
        return Future.failedFuture(new IllegalArgumentException("no active user named " + name));
      }
      return vertx.executeBlocking(() -> hasher.hashTokenSecret(token.secret()), false)
          .compose(hash -> store.insertToken(token.id(), user.get().account().id(), hash))
          .map(token);
    });
  }

  @Override
  public Future<Optional<Principal>> verify(String presented) {
    Optional<ApiToken> token = ApiToken.parse(presented);
    if (token.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    String key = HexFormat.of().formatHex(SessionTokens.sha256(presented.trim()));
    Cached cached = verified.get(key);
    if (cached != null && cached.expiresAtNanos() - System.nanoTime() > 0) {
      return Future.succeededFuture(Optional.of(cached.principal()));
    }
    return store.token(token.get().id()).compose(row -> {
      if (row.isEmpty() || row.get().account().disabled()) {
        return Future.succeededFuture(Optional.<Principal>empty());
      }
      return vertx.executeBlocking(() -> hasher.verify(token.get().secret(), row.get().hash()), false)
          .map(ok -> {
            if (!ok) {
              return Optional.<Principal>empty();
            }
            Principal principal = row.get().account().principal();
            if (verified.size() > 10_000) {
              verified.clear();
            }
            verified.put(key, new Cached(principal, System.nanoTime() + TOKEN_CACHE.toNanos()));
            return Optional.of(principal);
          });
    });
  }

  /**
   * Checks a login: the user's password, or one of the user's API tokens typed as the password. The same bcrypt
   * work is done for an unknown name, so response times do not tell which names exist.
   */
  public Future<Optional<UserAccount>> login(String name, String password) {
    if (name == null || password == null || name.isBlank() || password.isEmpty()) {
      return Future.succeededFuture(Optional.empty());
    }
    Optional<ApiToken> token = ApiToken.parse(password);
    return store.byName(name.trim()).compose(found -> {
      if (found.isEmpty() || found.get().account().disabled()) {
        return vertx.executeBlocking(() -> hasher.verify(password, DUMMY_HASH), false)
            .map(ignored -> Optional.<UserAccount>empty());
      }
      UserAccount account = found.get().account();
      if (token.isPresent()) {
        return store.token(token.get().id()).compose(row -> {
          boolean owned = row.isPresent() && row.get().account().id() == account.id();
          String hash = owned ? row.get().hash() : DUMMY_HASH;
          return vertx.executeBlocking(() -> hasher.verify(token.get().secret(), hash) && owned, false)
              .map(ok -> ok ? Optional.of(account) : Optional.<UserAccount>empty());
        });
      }
      String hash = found.get().hash() == null ? DUMMY_HASH : found.get().hash();
      return vertx.executeBlocking(() -> hasher.verify(password, hash) && found.get().hash() != null, false)
          .map(ok -> ok ? Optional.of(account) : Optional.<UserAccount>empty());
    });
  }

  public Future<NewSession> startSession(UserAccount account) {
    String cookie = SessionTokens.random();
    String csrf = SessionTokens.random();
    return store.insertSession(SessionTokens.sha256(cookie), account.id(), csrf, SESSION_LIFETIME)
        .map(new NewSession(cookie, csrf));
  }

  public Future<Optional<UserStore.SessionRow>> session(String cookieValue) {
    if (cookieValue == null || cookieValue.length() != 43) {
      return Future.succeededFuture(Optional.empty());
    }
    return store.session(SessionTokens.sha256(cookieValue))
        .map(row -> row.filter(session -> !session.account().disabled()));
  }

  public Future<Void> endSession(String cookieValue) {
    return cookieValue == null ? Future.succeededFuture() : store.deleteSession(SessionTokens.sha256(cookieValue));
  }
}
