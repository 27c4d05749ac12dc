package org.sikiza.gateway.testing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.PoolOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sikiza.gateway.GatewayApplication;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.config.ConfigLoader;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.sms.MediaItem;
import org.sikiza.gateway.twilio.InboundSmsParams;
import org.sikiza.gateway.twilio.TwilioWebhookClient;
import org.sikiza.gateway.twilio.TwilioWebhookClient.Answer;

/**
 * A whole gateway for one test: its own database, spool folder and port, and a client that signs webhooks
 * exactly as Twilio does. Close it to stop the gateway and drop the database.
 */
public final class GatewayRig implements AutoCloseable {

  public static final String AUTH_TOKEN = "test-auth-token-0123456789abcdef";
  public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
  public static final String PUBLIC_URL = "https://sikiza.example.org";
  public static final String LINE = "+254700100200";

  private final TestDatabase database;
  private final boolean ownsDatabase;
  private final Path spoolDir;
  private final Vertx vertx = Vertx.vertx();
  private final Vertx clientVertx = Vertx.vertx();
  private final GatewayApplication application;
  private final GatewayServices services;
  private final SikizaConfig config;
  private final TwilioWebhookClient twilio;
  private final HttpClient http;
  private int sidCounter;

  private GatewayRig(TestDatabase database, boolean ownsDatabase, Map<String, String> extraEnv) {
    this.database = database;
    this.ownsDatabase = ownsDatabase;
    try {
      this.spoolDir = Files.createTempDirectory("sikiza-test-spool");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int port = FreePort.find();
    Map<String, String> env = new HashMap<>();
    env.put("SIKIZA_DATABASE_URL", database.url());
    env.put("SIKIZA_HTTP_PORT", Integer.toString(port));
    env.put("SIKIZA_PUBLIC_URL", PUBLIC_URL);
    env.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
    env.put("TWILIO_ACCOUNT_SID", ACCOUNT_SID);
    env.put("SIKIZA_SECRET", "test-secret");
    env.put("SIKIZA_SPOOL_DIR", spoolDir.toString());
    env.putAll(extraEnv);
    this.config = new ConfigLoader(env).load();
    this.application = new GatewayApplication(vertx, config);
    this.services = application.start().await();
    this.http = clientVertx.createHttpClient(new PoolOptions().setHttp1MaxSize(32));
    this.twilio = new TwilioWebhookClient(http, AUTH_TOKEN, PUBLIC_URL,
        URI.create("http://localhost:" + config.httpPort()));
  }

  public static GatewayRig start() {
    return start(Map.of());
  }

  public static GatewayRig start(Map<String, String> extraEnv) {
    return new GatewayRig(new TestDatabase(), true, extraEnv);
  }

  /** A second gateway on an existing database (which it does not drop). */
  public static GatewayRig onDatabase(TestDatabase database, Map<String, String> extraEnv) {
    return new GatewayRig(database, false, extraEnv);
  }

  public TestDatabase database() {
    return database;
  }

  public SikizaConfig config() {
    return config;
  }

  public GatewayServices services() {
    return services;
  }

  public Path spoolDir() {
    return spoolDir;
  }

  public TwilioWebhookClient twilio() {
    return twilio;
  }

  public HttpClient http() {
    return http;
  }

  public int port() {
    return config.httpPort();
  }

  public Pool pool() {
    return services.pool();
  }

  public String nextSid() {
    return String.format("SM%032x", ++sidCounter + (long) (Math.random() * 1e12) * 1000);
  }

  /** Sends an inbound SMS webhook, signed, and waits for the answer. */
  public Answer sms(String sid, String from, String body) {
    return twilio.post("/twilio/sms", smsParams(sid, from, body)).await();
  }

  public Map<String, String> smsParams(String sid, String from, String body) {
    return InboundSmsParams.of(ACCOUNT_SID, sid, from, LINE, body, List.<MediaItem>of());
  }

  /** Sends any request to this gateway (host and port filled in) and reads the whole answer. */
  public Answer send(RequestOptions options, String body) {
    options.setHost("localhost").setPort(port());
    return http.request(options).compose(request -> (body == null ? request.send() : request.send(Buffer.buffer(body)))
        .compose(response -> response.body().map(b -> new Answer(response.statusCode(), b.toString())))).await();
  }

  public Answer get(String path) {
    return send(new RequestOptions().setMethod(HttpMethod.GET).setURI(path), null);
  }

  public RowSet<Row> query(String sql, Object... params) {
    return pool().preparedQuery(sql).execute(Tuple.from(params)).await();
  }

  public long count(String sql, Object... params) {
    return query(sql, params).iterator().next().getLong(0);
  }

  @Override
  public void close() {
    try {
      clientVertx.close().await();
      application.stop().await();
    } finally {
      if (ownsDatabase) {
        database.close();
      }
    }
  }
}
