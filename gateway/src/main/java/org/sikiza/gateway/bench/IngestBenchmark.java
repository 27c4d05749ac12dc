package org.sikiza.gateway.bench;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.sikiza.gateway.GatewayApplication;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.demo.DemoData;
import org.sikiza.gateway.demo.DemoMessage;
import org.sikiza.gateway.store.DatabaseConnections;
import org.sikiza.gateway.twilio.InboundSmsParams;
import org.sikiza.gateway.twilio.TwilioRequestSigner;
import org.sikiza.gateway.twilio.TwilioWebhookClient;

/**
 * Measures durable ingest of signed SMS webhooks at full speed (wrk replaying pre-signed, distinct webhooks
 * against the gateway running in this JVM), then the machine's ceiling in the same run: pgbench with 32 clients
 * doing single-row {@code INSERT … ON CONFLICT DO NOTHING} into a table shaped like {@code messages}.
 */
public final class IngestBenchmark {

  /** What to run. */
  public record Settings(int seconds, int connections, int wrkThreads, int pgbenchClients, int pgbenchSeconds,
      String databaseUrl, int port, int maxRate, int classifierWorkers) {}

  private static final String AUTH_TOKEN = "bench-auth-token";
  private static final String ACCOUNT = "AC11111111111111111111111111111111";
  private static final int WARM_UP_SECONDS = 8;

  private final Settings settings;
  private final PrintStream out;

  public IngestBenchmark(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public int run() throws Exception {
    Vertx vertx = Vertx.vertx();
    Path work = Files.createTempDirectory("sikiza-bench");
    try {
      recreateDatabase(vertx);
      SikizaConfig config = new ConfigLoader(environment(work.resolve("spool"))).load();
      GatewayApplication gateway = new GatewayApplication(vertx, config);
      GatewayServices services = gateway.start().await();
      String url = "http://127.0.0.1:" + settings.port() + "/twilio/sms";

      int warmUpCount = WARM_UP_SECONDS * settings.maxRate();
      int measuredCount = settings.seconds() * settings.maxRate();
      out.printf("Preparing %,d distinct signed webhooks ...%n", warmUpCount + measuredCount);
      Path warmUp = writeRequests(work.resolve("warm-up.tsv"), config.publicUrl(), "W", warmUpCount);
      Path measured = writeRequests(work.resolve("measured.tsv"), config.publicUrl(), "B", measuredCount);

      out.printf("Warm-up: wrk for %d s ...%n", WARM_UP_SECONDS);
      WrkLoad.run(url, warmUp, settings.wrkThreads(), settings.connections(), WARM_UP_SECONDS);
      long before = storedCount(services);
      out.printf("Measuring: wrk, %d threads, %d connections, %d s ...%n", settings.wrkThreads(),
          settings.connections(), settings.seconds());
      WrkLoad.Result load = WrkLoad.run(url, measured, settings.wrkThreads(), settings.connections(),
          settings.seconds());
      long stored = storedCount(services) - before;
      long spooled = services.spool().depth();
      services.pool().query(PgbenchCeiling.CREATE_TABLE).execute().await();
      gateway.stop().await();
      vertx = null;

      out.printf("Measuring the ceiling: pgbench, %d clients, %d s of single-row INSERT ... ON CONFLICT DO NOTHING ...%n",
          settings.pgbenchClients(), settings.pgbenchSeconds());
      PgbenchCeiling.Result ceiling = PgbenchCeiling.run(settings.databaseUrl(), settings.pgbenchClients(),
          settings.pgbenchSeconds());

      double rate = stored / load.seconds();
      out.println();
      out.println("== Durable ingest of signed SMS webhooks (sikiza.jar bench-ingest) ==");
      out.printf("webhooks answered        %,d in %.2f s (wrk: %d threads, %d connections; classifier workers: %d)%n",
          load.requests(), load.seconds(), settings.wrkThreads(), settings.connections(), settings.classifierWorkers());
      out.printf("errors                   %,d (non-2xx, socket errors, timeouts)%n", load.errors());
      out.printf("distinct messages stored %,d (left in spool: %d)%n", stored, spooled);
      out.printf("gateway rate             %,.0f messages/s stored%n", rate);
      out.printf("ack latency p50 / p99    %.2f ms / %.2f ms%n", load.p50Micros() / 1e3, load.p99Micros() / 1e3);
      out.printf("pgbench ceiling          %,.0f TPS (%d clients)%n", ceiling.tps(), settings.pgbenchClients());
      out.printf("ratio                    %.2f x pgbench (target >= 0.80)%n", rate / ceiling.tps());
      // wrk stops counting at its deadline; requests then in flight (at most one per connection) are stored
      // but not counted as answered. Every webhook is distinct, so each one is a row exactly once.
      boolean exact = load.errors() == 0 && load.requests() <= measuredCount
          && stored >= load.requests() && stored <= load.requests() + settings.connections();
      out.println(exact ? "check                    every answered webhook stored, each once; no errors"
          : "check                    FAILED: errors, or stored does not match answered (raise --max-rate if wrk ran out)");
      return exact ? 0 : 1;
    } finally {
      if (vertx != null) {
        vertx.close();
      }
    }
  }

  /** Ingest tuning may be varied between runs through the usual variables; everything else is fixed here. */
  private static final List<String> TUNING = List.of("SIKIZA_HTTP_INSTANCES", "SIKIZA_DATABASE_POOL_SIZE",
      "SIKIZA_INGEST_MAX_BATCH", "SIKIZA_INGEST_CONCURRENT_BATCHES", "SIKIZA_ACK_REPLIES");

  private Map<String, String> environment(Path spool) {
    Map<String, String> env = new HashMap<>();
    TUNING.forEach(name -> Optional.ofNullable(System.getenv(name)).ifPresent(value -> env.put(name, value)));
    env.put("SIKIZA_DATABASE_URL", settings.databaseUrl());
    env.put("SIKIZA_HTTP_PORT", Integer.toString(settings.port()));
    env.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
    env.put("SIKIZA_SECRET", "bench-secret");
    env.put("SIKIZA_SPOOL_DIR", spool.toString());
    env.put("SIKIZA_CLASSIFIER_WORKERS", Integer.toString(settings.classifierWorkers()));
    return env;
  }

  /** One line per webhook: its signature, a tab, its form body. Senders repeat, as on a real campaign. */
  private static Path writeRequests(Path file, String publicUrl, String prefix, int count) throws IOException {
    List<DemoMessage> templates = DemoData.load().stream().filter(message -> !message.body().isEmpty()).toList();
    TwilioRequestSigner signer = new TwilioRequestSigner(AUTH_TOKEN);
    Random random = new Random(42);
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        DemoMessage template = templates.get(random.nextInt(templates.size()));
        Map<String, String> params = InboundSmsParams.of(ACCOUNT, String.format("SM%s%031d", prefix, i),
            String.format("+2547%08d", random.nextInt(50_000)), template.to(), template.body(), List.of());
        writer.write(signer.sign(publicUrl + "/twilio/sms", params));
        writer.write('\t');
        writer.write(TwilioWebhookClient.encode(params));
        writer.write('\n');
      }
    }
    return file;
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
