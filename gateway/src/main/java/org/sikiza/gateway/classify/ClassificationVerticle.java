package org.sikiza.gateway.classify;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies stored feedback in the background: claims a batch from the queue, runs the model on a worker
 * thread, and writes labels and rollups in the claiming transaction. A crash before commit leaves the batch
 * queued; several workers and several gateway instances share the queue without taking the same message.
 */
public final class ClassificationVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(ClassificationVerticle.class);

  private final Pool pool;
  private final BatchClassifier classifier;
  private final ClassificationStore store = new ClassificationStore();
  private final int batchSize;
  private final Duration idlePoll;
  private volatile boolean stopping;
  private Future<Integer> current = Future.succeededFuture(0);

  public ClassificationVerticle(Pool pool, BatchClassifier classifier, int batchSize, Duration idlePoll) {
    this.pool = pool;
    this.classifier = classifier;
    this.batchSize = batchSize;
    this.idlePoll = idlePoll;
  }

  @Override
  public Future<?> start() {
    vertx.runOnContext(v -> next());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    stopping = true;
    return current.otherwiseEmpty();
  }

  private void next() {
    if (stopping) {
      return;
    }
    current = classifyOneBatch();
    current.onComplete(done -> {
      if (done.failed()) {
        LOG.warn("event=classify.batch_failed reason=\"{}\"", done.cause().getMessage());
        vertx.setTimer(1_000, id -> next());
      } else if (done.result() == batchSize) {
        vertx.runOnContext(v -> next()); // more waiting: go on at once
      } else {
        vertx.setTimer(idlePoll.toMillis(), id -> next());
      }
    });
  }

  private Future<Integer> classifyOneBatch() {
    return pool.withTransaction(conn -> store.claim(conn, batchSize).compose(claimed -> {
      if (claimed.isEmpty()) {
        return Future.succeededFuture(0);
      }
      return vertx.executeBlocking(() -> classifier.classify(claimed), false)
          .compose(classified -> store.writeNew(conn, classified))
          .map(written -> {
            LOG.debug("event=classify.batch messages={} model={}", claimed.size(), classifier.modelVersion());
            return claimed.size();
          });
    }));
  }
}
