package org.sikiza.gateway.ingest;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sikiza.gateway.sms.InboundSms;
import org.sikiza.gateway.store.MessageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the spool into PostgreSQL once it is reachable again. Storing is idempotent on the provider sid,
 * so a segment replayed twice (a crash between commit and delete) still stores each message once.
 */
public final class SpoolReplayVerticle extends VerticleBase {

  private static final Logger LOG = LoggerFactory.getLogger(SpoolReplayVerticle.class);
  private static final int REPLAY_BATCH = 500;

  private final InboundSpool spool;
  private final MessageStore store;
  private final Duration interval;
  private long timerId = -1;
  private boolean replaying;

  public SpoolReplayVerticle(InboundSpool spool, MessageStore store, Duration interval) {
    this.spool = spool;
    this.store = store;
    this.interval = interval;
  }

  @Override
  public Future<?> start() {
    timerId = vertx.setPeriodic(0, interval.toMillis(), id -> replayIfNeeded());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timerId);
    return Future.succeededFuture();
  }

  private void replayIfNeeded() {
    if (replaying || spool.depth() == 0) {
      return;
    }
    replaying = true;
    vertx.executeBlocking(spool::closeSegmentsForReplay)
        .compose(this::replaySegments)
        .onComplete(done -> replaying = false);
  }

  private Future<Void> replaySegments(List<Path> segments) {
    Future<Void> chain = Future.succeededFuture();
    for (Path segment : segments) {
      chain = chain.compose(done -> replaySegment(segment));
    }
    return chain.onFailure(failure ->
        LOG.info("event=spool.replay_deferred spool_depth={} reason=\"{}\"", spool.depth(), failure.getMessage()));
  }

  private Future<Void> replaySegment(Path segment) {
    return vertx.executeBlocking(() -> spool.read(segment)).compose(messages -> {
      Future<Integer> chain = Future.succeededFuture(0);
      for (int from = 0; from < messages.size(); from += REPLAY_BATCH) {
        List<InboundSms> slice = messages.subList(from, Math.min(messages.size(), from + REPLAY_BATCH));
        chain = chain.compose(count -> store.storeBatch(slice).map(result -> count + result.stored().size()));
      }
      return chain.compose(stored -> vertx.executeBlocking(() -> {
        spool.delete(segment, messages.size());
        LOG.info("event=spool.replayed segment={} messages={} newly_stored={} spool_depth={}",
            segment.getFileName(), messages.size(), stored, spool.depth());
        return null;
      }));
    });
  }
}
