package org.sikiza.gateway.ingest;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sikiza.gateway.ingest.IngestOutcome.Status;
import org.sikiza.gateway.sms.InboundSms;
import org.sikiza.gateway.store.DatabaseFailures;
import org.sikiza.gateway.store.MessageStore;
import org.sikiza.gateway.store.MessageStore.BatchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for webhooks: messages that arrive while earlier batches are being committed wait and go
 * together in the next batch, so one commit acknowledges many webhooks under load while a lone message
 * is committed at once. When PostgreSQL cannot be reached, the batch goes to the durable spool instead.
 * Each HTTP verticle has its own batcher, used only from its event loop.
 */
public final class InboundBatcher {

  private static final Logger LOG = LoggerFactory.getLogger(InboundBatcher.class);
  /** A commit that has not answered by now is treated as unreachable; the spool keeps the messages. */
  private static final long COMMIT_TIMEOUT_MS = 5_000;

  private record Pending(InboundSms message, Promise<IngestOutcome> promise) {}

  private final Vertx vertx;
  private final MessageStore store;
  private final InboundSpool spool;
  private final int maxBatch;
  private final int maxConcurrentBatches;
  private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
  private int batchesInFlight;

  public InboundBatcher(Vertx vertx, MessageStore store, InboundSpool spool, int maxBatch, int maxConcurrentBatches) {
    this.vertx = vertx;
    this.store = store;
    this.spool = spool;
    this.maxBatch = maxBatch;
    this.maxConcurrentBatches = maxConcurrentBatches;
  }

  /** Completes when the message is durable (stored, already stored, or spooled), or fails if it is not. */
  public Future<IngestOutcome> submit(InboundSms message) {
    Promise<IngestOutcome> promise = Promise.promise();
    waiting.add(new Pending(message, promise));
    flush();
    return promise.future();
  }

  /** Messages accepted but not yet durable. */
  public int pending() {
    return waiting.size() + batchesInFlight;
  }

  private void flush() {
    while (batchesInFlight < maxConcurrentBatches && !waiting.isEmpty()) {
      List<Pending> batch = new ArrayList<>(Math.min(waiting.size(), maxBatch));
      while (batch.size() < maxBatch && !waiting.isEmpty()) {
        batch.add(waiting.poll());
      }
      batchesInFlight++;
      commit(batch).onComplete(done -> {
        batchesInFlight--;
        flush();
      });
    }
  }

  private Future<Void> commit(List<Pending> batch) {
    List<InboundSms> messages = batch.stream().map(Pending::message).toList();
    return store.storeBatch(messages)
        .timeout(COMMIT_TIMEOUT_MS, TimeUnit.MILLISECONDS)
        .map(result -> {
          completeStored(batch, result);
          return (Void) null;
        })
        .recover(failure -> {
          if (DatabaseFailures.isUnreachable(failure)) {
            return spoolBatch(batch, failure);
          }
          LOG.error("event=ingest.batch_failed size={} reason=\"{}\"", batch.size(), failure.getMessage());
          return retryOneByOne(batch);
        });
  }

  private void completeStored(List<Pending> batch, BatchResult result) {
    for (Pending pending : batch) {
      InboundSms message = pending.message();
      boolean isNew = result.isNew(message.providerSid());
      // Within one batch a second copy of a sid is a duplicate of the first.
      if (isNew) {
        result.stored().remove(message.providerSid());
      }
      pending.promise().complete(new IngestOutcome(
          isNew ? Status.STORED : Status.DUPLICATE,
          isNew && result.consentChanged().contains(message.providerSid()),
          isNew && result.optedOutSenders().contains(message.providerSid())));
    }
  }

  private Future<Void> spoolBatch(List<Pending> batch, Throwable cause) {
    List<InboundSms> messages = batch.stream().map(Pending::message).toList();
    return vertx.executeBlocking(() -> {
      spool.append(messages);
      return null;
    }).<Void>map(done -> {
      LOG.warn("event=ingest.spooled size={} spool_depth={} cause=\"{}\"", batch.size(), spool.depth(), cause.getMessage());
      batch.forEach(pending -> pending.promise().complete(IngestOutcome.SPOOLED));
      return null;
    }).otherwise(spoolFailure -> {
      LOG.error("event=ingest.lost_durability size={} reason=\"{}\"", batch.size(), spoolFailure.getMessage());
      batch.forEach(pending -> pending.promise().fail(spoolFailure));
      return null;
    });
  }

  /** A statement error in a batch must not sink its neighbours: each message is tried on its own. */
  private Future<Void> retryOneByOne(List<Pending> batch) {
    Future<Void> chain = Future.succeededFuture();
    for (Pending pending : batch) {
      chain = chain.compose(done -> store.storeBatch(List.of(pending.message()))
          .map(result -> {
            completeStored(List.of(pending), result);
            return (Void) null;
          })
          .otherwise(failure -> {
            pending.promise().fail(failure);
            return null;
          }));
    }
    return chain;
  }
}
