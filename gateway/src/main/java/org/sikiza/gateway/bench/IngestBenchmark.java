package org.sikiza.gateway.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sikiza.gateway.GatewayApplication;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.demo.DemoData;
import org.sikiza.gateway.demo.DemoMessage;
import org.sikiza.gateway.store.DatabaseConnections;
import org.sikiza.gateway.twilio.InboundSmsParams;
import org.sikiza.gateway.twilio.TwilioWebhookClient;
import org.sikiza.gateway.twilio.TwilioWebhookClient.PreparedWebhook;

/**
 * Measures durable ingest of signed SMS webhooks at full speed, then the machine's ceiling (pgbench doing
 * single-row INSERT … ON CONFLICT DO NOTHING with 32 clients) in the same run, and prints both with their ratio.
 * The gateway runs in this JVM on its usual verticles; the load generator runs on a separate event loop.
 */
public final class IngestBenchmark {

  /** What to run. */
  public record Settings(int messages, int connections, int pgbenchClients, int pgbenchSeconds, String databaseUrl,
      int port) {}

  private static final String AUTH_TOKEN = "bench-auth-token";
  private static final String ACCOUNT = "AC11111111111111111111111111111111";
  private static final int WARM_UP = 20_000;

  private final Settings settings;
  private final PrintStream out;

  public IngestBenchmark(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public int run() throws Exception {
    Vertx gatewayVertx = Vertx.vertx();
    Vertx loadVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    Path spool = Files.createTempDirectory("sikiza-bench-spool");
    try {
      recreateDatabase(gatewayVertx);
      SikizaConfig config = new ConfigLoader(environment(spool)).load();
      GatewayApplication gateway = new GatewayApplication(gatewayVertx, config);
      GatewayServices services = gateway.start().await();
      TwilioWebhookClient client = new TwilioWebhookClient(
          loadVertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(false),
              new PoolOptions().setHttp1MaxSize(settings.connections())),
          AUTH_TOKEN, config.publicUrl(), URI.create("http://127.0.0.1:" + settings.port()));
      WebhookLoad load = new WebhookLoad(loadVertx, client);

      out.printf("Preparing %,d signed webhooks ...%n", settings.messages() + WARM_UP);
      List<PreparedWebhook> warmUp = prepare(client, "W", WARM_UP);
      List<PreparedWebhook> measured = prepare(client, "B", settings.messages());
      out.printf("Warm-up: %,d webhooks ...%n", WARM_UP);
      load.run(warmUp, settings.connections()).await();

      out.printf("Measuring: %,d distinct webhooks over %d connections ...%n", settings.messages(),
          settings.connections());
      long before = storedCount(services);
      WebhookLoad.Result result = load.run(measured, settings.connections()).await();
      long stored = storedCount(services) - before;
      long spooled = services.spool().depth();
      gateway.stop().await();

      out.printf("Measuring the ceiling: pgbench, %d clients, %d s of single-row INSERT ... ON CONFLICT DO NOTHING ...%n",
          settings.pgbenchClients(), settings.pgbenchSeconds());
      PgbenchCeiling.Result ceiling = PgbenchCeiling.run(settings.databaseUrl(), settings.pgbenchClients(),
          settings.pgbenchSeconds());

      double seconds = result.elapsedNanos() / 1e9;
      double rate = stored / seconds;
      out.println();
      out.println("== Durable ingest of signed SMS webhooks ==");
      out.printf("webhooks sent            %,d (%d connections)%n", result.sent(), settings.connections());
      out.printf("answered 200             %,d%n", result.ok());
      out.printf("errors                   %,d%n", result.errors());
      out.printf("distinct messages stored %,d (spooled: %d)%n", stored, spooled);
      out.printf("elapsed                  %.2f s%n", seconds);
      out.printf("gateway rate             %,.0f messages/s stored%n", rate);
      out.printf("ack latency p50 / p99    %.2f ms / %.2f ms%n", result.latencies().percentileMillis(50),
          result.latencies().percentileMillis(99));
      out.printf("pgbench ceiling          %,.0f TPS (%d clients)%n", ceiling.tps(), settings.pgbenchClients());
      out.printf("ratio                    %.2f x pgbench (target >= 0.80)%n", rate / ceiling.tps());
      boolean ok = result.errors() == 0 && stored == settings.messages();
      out.println(ok ? "result                   every webhook stored exactly once, no errors"
          : "result                   FAILED: errors or missing messages");
      return ok ? 0 : 1;
    } finally {
      loadVertx.close().await();
      if (gatewayVertx != null) {
        gatewayVertx.close();
      }
    }
  }

  private Map<String, String> environment(Path spool) {
    Map<String, String> env = new HashMap<>();
    env.put("SIKIZA_DATABASE_URL", settings.databaseUrl());
    env.put("SIKIZA_HTTP_PORT", Integer.toString(settings.port()));
    env.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
    env.put("SIKIZA_SECRET", "bench-secret");
    env.put("SIKIZA_SPOOL_DIR", spool.toString());
    return env;
  }

  private static List<PreparedWebhook> prepare(TwilioWebhookClient client, String prefix, int count) {
    List<DemoMessage> bodies = DemoData.load();
    Random random = new Random(42);
    List<PreparedWebhook> webhooks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      DemoMessage template = bodies.get(random.nextInt(bodies.size()));
      String sid = String.format("SM%s%031d", prefix, i);
      String from = String.format("+2547%08d", random.nextInt(50_000));
      webhooks.add(client.prepare("/twilio/sms",
          InboundSmsParams.of(ACCOUNT, sid, from, template.to(), template.body(), List.of())));
    }
    return webhooks;
  }

  private static long storedCount(GatewayServices services) {
    return services.pool().query("SELECT count(*) FROM messages").execute().await().iterator().next().getLong(0);
  }

  private void recreateDatabase(Vertx vertx) {
    PgConnectOptions target = DatabaseConnections.options(settings.databaseUrl());
    String name = target.getDatabase();
    if (!name.matches("[A-Za-z0-9_]+") || !name.contains("bench")) {
      throw new IllegalArgumentException("the benchmark drops its database: give one whose name contains 'bench'");
    }
    PgConnection conn = PgConnection.connect(vertx, new PgConnectOptions(target).setDatabase("postgres")).await();
    try {
      conn.query("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)").execute().await();
    } finally {
      conn.close().await();
    }
  }
}
