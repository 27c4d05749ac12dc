package org.sikiza.gateway.cli;

import io.vertx.core.Vertx;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sikiza.gateway.GatewayApplication;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.config.MissingSettingException;
import org.sikiza.gateway.config.SikizaConfig;
import picocli.CommandLine.Command;

/** {@code sikiza.jar serve}: runs the gateway until it is stopped (SIGTERM / Ctrl-C stop it gracefully). */
@Command(name = "serve", description = "Run the gateway (the default command).")
public final class ServeCommand implements Callable<Integer> {

  private static final Set<String> LONG_RUNNING = Set.of("serve", "demo");

  static boolean keepsRunning(String[] args) {
    return args.length > 0 && LONG_RUNNING.contains(args[0]) && !Set.of(args).contains("--help");
  }

  @Override
  public Integer call() {
    SikizaConfig config;
    try {
      config = ConfigLoader.requireSecrets(new ConfigLoader(System.getenv()).load());
    } catch (MissingSettingException e) {
      System.err.println("sikiza: " + e.getMessage());
      return 2;
    }
    return runUntilStopped(config);
  }

  static int runUntilStopped(SikizaConfig config) {
    Vertx vertx = Vertx.vertx();
    GatewayApplication application = new GatewayApplication(vertx, config);
    try {
      application.start().await();
    } catch (Exception e) {
      System.err.println("sikiza: cannot start: " + e.getMessage());
      vertx.close();
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> application.stop().await(), "sikiza-shutdown"));
    return 0;
  }
}
