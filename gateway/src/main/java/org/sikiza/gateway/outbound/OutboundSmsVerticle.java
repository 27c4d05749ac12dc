package org.sikiza.gateway.outbound;

import com.twilio.http.TwilioRestClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.config.SikizaConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued SMS through Twilio, off the event loop. Claims a batch ({@code FOR UPDATE SKIP LOCKED}, so any
 * number of gateways share the queue), waits for each sender's rate slot, takes a last look at consent, then
 * makes one blocking REST call on a worker thread and records the outcome. Transient failures go back to the
 * queue with exponential backoff; a message whose fate is unknown is never sent again.
 */
public final class OutboundSmsVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(OutboundSmsVerticle.class);
  /** How long a claimed message may wait for its rate slot before another worker may take it. */
  private static final Duration CLAIM_LEASE = Duration.ofMinutes(5);
  private static final int SWEEP_EVERY_CYCLES = 10;

  private final Pool pool;
  private final OutboundSettings settings;
  private final RecipientSealer sealer;
  private final SmsSender sender;
  private final OutboundQueue queue;
  private final Set<Long> waitingForSlot = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;
  private long cycles;
  private long timerId = -1;

  public OutboundSmsVerticle(Pool pool, OutboundSettings settings, RecipientSealer sealer, SmsSender sender) {
    this.pool = pool;
    this.settings = settings;
    this.sealer = sealer;
    this.sender = sender;
    this.queue = new OutboundQueue(pool);
  }

  /**
   * The sender for a running gateway: Twilio's REST API with the deployment's account. Without an account SID
   * and auth token nothing can be sent, and the sender stays idle (and nothing is queued: see {@link #canSend}).
   */
  public static OutboundSmsVerticle forGateway(GatewayServices services) {
    SikizaConfig config = services.config();
    OutboundSettings settings = config.outbound();
    if (!canSend(config)) {
      return new OutboundSmsVerticle(services.pool(), settings, null, null);
    }
    TwilioRestClient client = new TwilioRestClient.Builder(config.twilioAccountSid(), config.twilioAuthToken())
        .httpClient(new TwilioApiHttpClient(settings.apiBaseUrl())).build();
    return new OutboundSmsVerticle(services.pool(), settings, new RecipientSealer(config.secret()),
        new TwilioSmsSender(client, config.publicUrl()));
  }

  /** Outbound SMS are on and there is a Twilio account to send them with. */
  public static boolean canSend(SikizaConfig config) {
    return config.outbound().enabled() && !isBlank(config.twilioAccountSid()) && !isBlank(config.twilioAuthToken())
        && !isBlank(config.secret());
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public Future<?> start() {
    if (!settings.enabled() || sender == null) {
      LOG.info("event=outbound.disabled reason=\"{}\"", settings.enabled()
          ? "TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and SIKIZA_SECRET are needed to send SMS" : "SIKIZA_OUTBOUND_ENABLED=false");
      return Future.succeededFuture();
    }
    vertx.runOnContext(v -> next());
    return Future.succeededFuture();
  }

  /** Stops claiming; messages still waiting for a rate slot go back to the queue for another worker. */
  @Override
  public Future<?> stop() {
    stopping = true;
    vertx.cancelTimer(timerId);
    List<Long> unsent = new ArrayList<>(waitingForSlot);
    return unsent.isEmpty() ? Future.succeededFuture() : queue.release(unsent).otherwiseEmpty();
  }

  private void next() {
    if (stopping) {
      return;
    }
    Future<Void> housekeeping = cycles++ % SWEEP_EVERY_CYCLES == 0 ? queue.sweep(settings.maxAge()) : Future.succeededFuture();
    housekeeping.compose(done -> queue.claim(settings.batchSize(), CLAIM_LEASE))
        .compose(claimed -> {
          List<Future<Void>> sends = new ArrayList<>();
          claimed.forEach(message -> sends.add(deliver(message)));
          return Future.join(sends).otherwiseEmpty().map(all -> claimed.size());
        })
        .onComplete(done -> {
          if (stopping) {
            return;
          }
          if (done.failed()) {
            LOG.warn("event=outbound.cycle_failed reason=\"{}\"", done.cause().getMessage());
            timerId = vertx.setTimer(settings.idlePoll().toMillis() * 5, id -> next());
          } else if (done.result() == settings.batchSize()) {
            vertx.runOnContext(v -> next());
          } else {
            timerId = vertx.setTimer(settings.idlePoll().toMillis(), id -> next());
          }
        });
  }

  private Future<Void> deliver(ClaimedSms message) {
    waitingForSlot.add(message.id());
    return queue.reserveSlot(message.sender(), settings.spacingFor(message.sender()))
        .compose(this::after)
        .compose(waited -> {
          waitingForSlot.remove(message.id());
          if (stopping) {
            return queue.release(List.of(message.id()));
          }
          return queue.startSending(message.id(), settings.sendingLease()).compose(attempt -> {
            if (attempt.isEmpty()) {
              return queue.cancelIfOptedOut(message.id()).onSuccess(cancelled -> {
                if (cancelled) {
                  LOG.info("event=outbound.cancelled id={} reason=opted_out", message.id());
                }
              }).mapEmpty();
            }
            return vertx.executeBlocking(() -> send(message), false)
                .recover(failure -> Future.succeededFuture(new SendResult.Unknown("worker failed: "
                    + failure.getClass().getSimpleName())))
                .compose(result -> record(message, attempt.get(), result));
          });
        })
        .onFailure(failure -> {
          waitingForSlot.remove(message.id());
          LOG.warn("event=outbound.deliver_failed id={} reason=\"{}\"", message.id(), failure.getMessage());
        });
  }

  /** Runs on a worker thread: the number is opened only here, for the one call that needs it. */
  private SendResult send(ClaimedSms message) {
    String recipient;
    try {
      recipient = sealer.open(message.sealedRecipient(), message.dedupeKey());
    } catch (IllegalArgumentException e) {
      return new SendResult.Rejected("the sealed number does not open (was SIKIZA_SECRET changed?)");
    }
    return sender.send(message.sender(), recipient, message.body());
  }

  private Future<Void> record(ClaimedSms message, int attempt, SendResult result) {
    if (result instanceof SendResult.Sent sent) {
      LOG.info("event=outbound.sent id={} sid={} sender={} attempt={}", message.id(), sent.sid(), message.sender(), attempt);
      return queue.markSent(message.id(), sent.sid()).mapEmpty();
    }
    if (result instanceof SendResult.Retry retry) {
      if (attempt >= settings.maxAttempts()) {
        LOG.warn("event=outbound.failed id={} attempt={} reason=\"gave up after {} attempts: {}\"", message.id(),
            attempt, attempt, retry.reason());
        return queue.markFailed(message.id(), "gave up after " + attempt + " attempts: " + retry.reason()).mapEmpty();
      }
      Duration wait = settings.backoff(attempt);
      LOG.info("event=outbound.retry id={} attempt={} retry_in_ms={} reason=\"{}\"", message.id(), attempt,
          wait.toMillis(), retry.reason());
      return queue.markRetry(message.id(), wait, retry.reason()).mapEmpty();
    }
    if (result instanceof SendResult.Rejected rejected) {
      LOG.warn("event=outbound.rejected id={} attempt={} reason=\"{}\"", message.id(), attempt, rejected.reason());
      return queue.markFailed(message.id(), rejected.reason()).mapEmpty();
    }
    SendResult.Unknown unknown = (SendResult.Unknown) result;
    LOG.warn("event=outbound.unknown id={} attempt={} reason=\"{}\"", message.id(), attempt, unknown.reason());
    return queue.markUnknown(message.id(), unknown.reason()).mapEmpty();
  }

  private Future<Void> after(long millis) {
    if (millis <= 0) {
      return Future.succeededFuture();
    }
    Promise<Void> waited = Promise.promise();
    vertx.setTimer(millis, id -> waited.complete());
    return waited.future();
  }
}
