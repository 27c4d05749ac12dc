package org.sikiza.gateway.cli;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.store.DatabaseBootstrap;
import org.sikiza.gateway.users.ApiToken;
import org.sikiza.gateway.users.NewUser;
import org.sikiza.gateway.users.UserAccount;
import org.sikiza.gateway.users.UserDirectory;
import org.sikiza.reporting.catalogue.CountyDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sikiza.jar users add|list|token|disable}: the people who read reports and call the API, in the database of
 * {@code SIKIZA_DATABASE_URL}. {@code add} prints the new user's API token as its last line; it is shown only once.
 */
@Command(name = "users", description = "Manage users: add, list, token, disable.",
    subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Token.class,
        UsersCommand.Disable.class})
public final class UsersCommand implements Runnable {

  private Map<String, String> env = System.getenv();
  private PrintStream out = System.out;
  private PrintStream err = System.err;

  /** A command that builds its configuration from {@code env} and writes to the given streams (for tests). */
  public static UsersCommand using(Map<String, String> env, PrintStream out, PrintStream err) {
    UsersCommand command = new UsersCommand();
    command.env = env;
    command.out = out;
    command.err = err;
    return command;
  }

  @Override
  public void run() {
    err.println("sikiza users: say add, list, token or disable (see --help)");
  }

  /** Opens the configured database (migrated), runs the action, closes everything; returns the exit code. */
  int withUsers(Function<UserDirectory, io.vertx.core.Future<Integer>> action) {
    SikizaConfig config = new ConfigLoader(env).load();
    Vertx vertx = Vertx.vertx();
    try {
      Pool pool = DatabaseBootstrap.openMigrated(vertx, config.databaseUrl(), 2).await();
      return action.apply(new UserDirectory(vertx, pool, CountyDirectory.loadDefault())).await();
    } catch (IllegalArgumentException e) {
      err.println("sikiza users: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("sikiza users: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    } finally {
      vertx.close().await();
    }
  }

  @Command(name = "add", description = "Create a user and print their API token (last line).")
  static final class Add implements Callable<Integer> {

    @ParentCommand
    UsersCommand parent;

    @Option(names = "--name", required = true, description = "login name, unique ignoring case")
    String name;

    @Option(names = "--role", required = true, description = "admin, host, coder or official")
    String role;

    @Option(names = "--county", description = "an official's county, e.g. kisumu or homa-bay")
    String county;

    @Option(names = "--password", arity = "0..1", interactive = true,
        description = "set a password for the web login (prompted when given without a value); without it, the "
            + "user signs in with the API token as password")
    String password;

    @Override
    public Integer call() {
      Role parsed = Role.parse(role).orElse(null);
      if (parsed == null) {
        parent.err.println("sikiza users add: --role must be admin, host, coder or official");
        return 2;
      }
      UserDirectory.Request request = new UserDirectory.Request(name, parsed, county, password);
      return parent.withUsers(users -> {
        List<String> problems = users.problems(request);
        if (!problems.isEmpty()) {
          problems.forEach(problem -> parent.err.println("sikiza users add: " + problem));
          return io.vertx.core.Future.succeededFuture(2);
        }
        return users.add(request).map(created -> {
          print(parent.out, created);
          return 0;
        });
      });
    }

    private static void print(PrintStream out, NewUser created) {
      UserAccount account = created.account();
      out.printf("Created %s %s%s%s.%n", account.role().dbValue(), account.name(),
          account.county() == null ? "" : " of " + account.county(),
          account.hasPassword() ? " (with a password)" : " (signs in on the web with this token as password)");
      out.println("API token (shown once; send it as Authorization: Bearer <token>):");
      out.println(created.token().value());
    }
  }

  @Command(name = "list", description = "List users (never their secrets).")
  static final class ListUsers implements Callable<Integer> {

    @ParentCommand
    UsersCommand parent;

    @Override
    public Integer call() {
      return parent.withUsers(users -> users.store().all().map(all -> {
        for (UserAccount user : all) {
          parent.out.printf("%-24s %-9s %-18s %s%n", user.name(), user.role().dbValue(),
              user.county() == null ? "-" : user.county(), user.disabled() ? "disabled" : "active");
        }
        return 0;
      }));
    }
  }

  @Command(name = "token", description = "Issue another API token to a user and print it (last line).")
  static final class Token implements Callable<Integer> {

    @ParentCommand
    UsersCommand parent;

    @Option(names = "--name", required = true)
    String name;

    @Override
    public Integer call() {
      return parent.withUsers(users -> users.issueToken(name).map((ApiToken token) -> {
        parent.out.println("API token for " + name + " (shown once):");
        parent.out.println(token.value());
        return 0;
      }));
    }
  }

  @Command(name = "disable", description = "Disable a user: revoke their tokens and end their sessions.")
  static final class Disable implements Callable<Integer> {

    @ParentCommand
    UsersCommand parent;

    @Option(names = "--name", required = true)
    String name;

    @Override
    public Integer call() {
      return parent.withUsers(users -> users.store().disable(name).map(done -> {
        parent.out.println(done ? "Disabled " + name + "; tokens revoked, sessions ended (cached tokens expire "
            + "within 5 minutes)." : "No active user named " + name + ".");
        return done ? 0 : 1;
      }));
    }
  }
}
