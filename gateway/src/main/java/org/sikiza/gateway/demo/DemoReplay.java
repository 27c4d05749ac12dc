package org.sikiza.gateway.demo;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.PoolOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.twilio.InboundSmsParams;
import org.sikiza.gateway.twilio.TwilioWebhookClient;

/**
 * Sends the demo set through the real, signed webhook path, a few at a time as Twilio would, and then
 * re-sends some of them to show that a retried webhook stores nothing twice.
 */
public final class DemoReplay {

  /** What the replay saw, per outcome. */
  public record Tally(int sent, int answered200, int retriesSent, int errors) {}

  private static final int IN_FLIGHT = 8;
  private static final int RETRIES = 12;

  private final Vertx vertx;
  private final SikizaConfig config;

  public DemoReplay(Vertx vertx, SikizaConfig config) {
    this.vertx = vertx;
    this.config = config;
  }

  public Future<Tally> run(List<DemoMessage> messages) {
    TwilioWebhookClient client = new TwilioWebhookClient(
        vertx.createHttpClient(new PoolOptions().setHttp1MaxSize(IN_FLIGHT)),
        config.twilioAuthToken(), config.publicUrl(), URI.create("http://localhost:" + config.httpPort()));
    String account = config.twilioAccountSid() == null ? DemoSettings.DEMO_ACCOUNT_SID : config.twilioAccountSid();
    List<Future<Integer>> statuses = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (int start = 0; start < messages.size(); start += IN_FLIGHT) {
      int from = start;
      chain = chain.compose(done -> {
        List<Future<Integer>> wave = new ArrayList<>();
        for (int i = from; i < Math.min(messages.size(), from + IN_FLIGHT); i++) {
          DemoMessage message = messages.get(i);
          wave.add(client.post("/twilio/sms", InboundSmsParams.of(account, DemoData.sidFor(i, message),
              message.from(), message.to(), message.body(), message.mediaOrEmpty())).map(answer -> answer.status()));
        }
        statuses.addAll(wave);
        return Future.join(wave).mapEmpty();
      });
    }
    return chain.compose(done -> {
      List<Future<Integer>> retries = new ArrayList<>();
      for (int i = 0; i < Math.min(RETRIES, messages.size()); i++) {
        DemoMessage message = messages.get(i * 7 % messages.size());
        retries.add(client.post("/twilio/sms", InboundSmsParams.of(account, DemoData.sidFor(i * 7 % messages.size(),
            message), message.from(), message.to(), message.body(), message.mediaOrEmpty())).map(a -> a.status()));
      }
      statuses.addAll(retries);
      return Future.join(retries).otherwiseEmpty().map(ignored -> {
        long ok = statuses.stream().filter(f -> f.succeeded() && f.result() == 200).count();
        return new Tally(messages.size(), (int) ok, retries.size(), statuses.size() - (int) ok);
      });
    });
  }

  /**
   * Twilio stamps no send time on a webhook, so the gateway records the arrival time. The demo spreads its
   * messages over the weeks the set describes, so that reports have trends to show.
   */
  public static Future<Void> backdate(Pool pool, List<DemoMessage> messages) {
    List<Tuple> rows = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < messages.size(); i++) {
      OffsetDateTime at = now.minusSeconds(messages.get(i).minutesAgo() * 60).atOffset(ZoneOffset.UTC);
      rows.add(Tuple.of(DemoData.sidFor(i, messages.get(i)), at));
    }
    // Only messages not yet classified: their rollup day is fixed once they are counted.
    return pool.preparedQuery("UPDATE messages SET received_at = $2 WHERE provider_sid = $1 AND classified_at IS NULL")
        .executeBatch(rows)
        .mapEmpty();
  }
}
