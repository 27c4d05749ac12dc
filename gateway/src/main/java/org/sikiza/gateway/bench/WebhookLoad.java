package org.sikiza.gateway.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sikiza.gateway.twilio.TwilioWebhookClient;
import org.sikiza.gateway.twilio.TwilioWebhookClient.PreparedWebhook;

/**
 * A closed-loop load generator: {@code connections} virtual Twilios, each sending its next pre-signed webhook
 * as soon as the previous one is answered, until all are sent.
 */
final class WebhookLoad {

  /** What a run measured. */
  record Result(int sent, int ok, int errors, long elapsedNanos, LatencyRecorder latencies) {}

  private final Vertx vertx;
  private final TwilioWebhookClient client;

  WebhookLoad(Vertx vertx, TwilioWebhookClient client) {
    this.vertx = vertx;
    this.client = client;
  }

  Future<Result> run(List<PreparedWebhook> webhooks, int connections) {
    Promise<Result> done = Promise.promise();
    vertx.runOnContext(start -> {
      LatencyRecorder latencies = new LatencyRecorder(webhooks.size());
      AtomicInteger next = new AtomicInteger();
      int[] ok = {0};
      int[] errors = {0};
      int[] finishedLoops = {0};
      long started = System.nanoTime();
      int loops = Math.min(connections, webhooks.size());
      for (int c = 0; c < loops; c++) {
        sendNext(webhooks, next, latencies, ok, errors, () -> {
          if (++finishedLoops[0] == loops) {
            done.complete(new Result(webhooks.size(), ok[0], errors[0], System.nanoTime() - started, latencies));
          }
        });
      }
    });
    return done.future();
  }

  private void sendNext(List<PreparedWebhook> webhooks, AtomicInteger next, LatencyRecorder latencies, int[] ok,
      int[] errors, Runnable loopFinished) {
    int index = next.getAndIncrement();
    if (index >= webhooks.size()) {
      loopFinished.run();
      return;
    }
    long sentAt = System.nanoTime();
    client.send(webhooks.get(index)).onComplete(answer -> {
      latencies.record(System.nanoTime() - sentAt);
      if (answer.succeeded() && answer.result().status() == 200) {
        ok[0]++;
      } else {
        errors[0]++;
      }
      sendNext(webhooks, next, latencies, ok, errors, loopFinished);
    });
  }
}
