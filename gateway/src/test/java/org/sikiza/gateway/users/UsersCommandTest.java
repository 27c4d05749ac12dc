package org.sikiza.gateway.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.auth.Principal;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.cli.UsersCommand;
import picocli.CommandLine;
import org.sikiza.gateway.store.DatabaseConnections;
import org.sikiza.gateway.testing.TestDatabase;
import org.sikiza.reporting.catalogue.CountyDirectory;

/** {@code sikiza.jar users ...} against a real database: the token is printed once and stored only as a hash. */
class UsersCommandTest {

  static final TestDatabase database = new TestDatabase();
  static final Vertx vertx = Vertx.vertx();

  /** Output, error output and exit code of one command. */
  record Run(int exit, String out, String err) {

    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new CommandLine(UsersCommand.using(Map.of("SIKIZA_DATABASE_URL", database.url()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
        .execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void createSchema() {
    assertEquals(0, run("list").exit());
  }

  @AfterAll
  static void drop() {
    vertx.close().await();
    database.close();
  }

  @Test
  void addPrintsTheTokenLastAndStoresOnlyHashes() {
    Run added = run("add", "--name", "Wafula", "--role", "official", "--county", "Bungoma", "--password",
        "a long password here");
    assertEquals(0, added.exit(), added.err());
    String token = added.lastLine();
    assertTrue(token.matches("skz_[0-9a-f]{16}_[A-Za-z0-9_-]{43}"), token);

    Pool pool = DatabaseConnections.pool(vertx, database.url(), 1);
    try {
      Row user = pool.query("SELECT role, county, password_hash FROM users WHERE name = 'Wafula'").execute().await()
          .iterator().next();
      assertEquals("official", user.getString("role"));
      assertEquals("bungoma", user.getString("county"));
      assertTrue(user.getString("password_hash").startsWith("$2"), "bcrypt");
      String secret = token.substring(token.lastIndexOf('_') + 1);
      String everything = pool.query("SELECT string_agg(t::text, ' ') FROM (SELECT * FROM users UNION ALL "
          + "SELECT NULL, NULL, NULL, NULL, secret_hash, NULL, NULL FROM api_tokens) t").execute().await()
          .iterator().next().getString(0);
      assertFalse(everything.contains(secret), "the token's secret is stored only as a hash");
      assertFalse(everything.contains("a long password here"));

      UserDirectory users = new UserDirectory(vertx, pool, CountyDirectory.loadDefault());
      Optional<Principal> principal = users.verify(token).await();
      assertEquals(Optional.of(new Principal("Wafula", Role.OFFICIAL, "bungoma")), principal);
      assertEquals(Optional.empty(), users.verify(token.substring(0, token.length() - 1) + "x").await());
    } finally {
      pool.close().await();
    }
    assertTrue(run("list").out().contains("Wafula"));
    assertFalse(run("list").out().contains("$2"));
  }

  @Test
  void badRequestsAreRefusedWithAReason() {
    assertEquals(2, run("add", "--name", "x", "--role", "mayor").exit());
    Run noCounty = run("add", "--name", "Someone", "--role", "official");
    assertEquals(2, noCounty.exit());
    assertTrue(noCounty.err().contains("needs --county"));
    assertEquals(2, run("add", "--name", "Someone", "--role", "official", "--county", "atlantis").exit());
    assertEquals(2, run("add", "--name", "Someone", "--role", "coder", "--county", "kisumu").exit());
    assertEquals(2, run("add", "--name", "Someone", "--role", "coder", "--password", "short").exit());
    assertEquals(0, run("add", "--name", "Twice", "--role", "coder").exit());
    Run again = run("add", "--name", "twice", "--role", "admin");
    assertEquals(1, again.exit(), "names are unique ignoring case");
  }

  @Test
  void disablingAUserStopsTheirTokens() {
    Run added = run("add", "--name", "Leaving", "--role", "coder");
    String token = added.lastLine();
    Run another = run("token", "--name", "Leaving");
    assertEquals(0, another.exit());
    assertEquals(0, run("disable", "--name", "Leaving").exit());
    Pool pool = DatabaseConnections.pool(vertx, database.url(), 1);
    try {
      UserDirectory users = new UserDirectory(vertx, pool, CountyDirectory.loadDefault());
      assertEquals(Optional.empty(), users.verify(token).await());
      assertEquals(Optional.empty(), users.verify(another.lastLine()).await());
    } finally {
      pool.close().await();
    }
    assertEquals(1, run("disable", "--name", "Leaving").exit());
  }
}
