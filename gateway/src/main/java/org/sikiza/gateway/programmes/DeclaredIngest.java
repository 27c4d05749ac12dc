package org.sikiza.gateway.programmes;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import org.sikiza.gateway.ingest.InboundBatcher;
import org.sikiza.gateway.ingest.IngestOutcome;
import org.sikiza.gateway.sms.InboundSms;

/**
 * Stores voice messages and call-ins through the same path as SMS (the batcher, hence MessageStore: idempotent
 * on the provider sid, queued for classification, spooled when PostgreSQL drops) after first writing what was
 * declared about them. The context is written first so that the message, whenever it lands, gets it.
 */
public final class DeclaredIngest {

  private final MessageContextStore contexts;
  private final InboundBatcher batcher;

  public DeclaredIngest(Pool pool, InboundBatcher batcher) {
    this.contexts = new MessageContextStore(pool);
    this.batcher = batcher;
  }

  /** Completes once the message is durable (stored, a duplicate, or spooled). */
  public Future<IngestOutcome> submit(InboundSms message, MessageContext context) {
    return contexts.declare(List.of(context)).compose(declared -> batcher.submit(message));
  }

  /**
   * Many messages with their contexts: one statement for the contexts, then one group commit. Each message has
   * its own outcome (all complete when this does): one that fails does not sink its neighbours.
   */
  public Future<List<Future<IngestOutcome>>> submitAll(List<InboundSms> messages, List<MessageContext> declared) {
    return contexts.declare(declared).compose(done -> {
      List<Future<IngestOutcome>> outcomes = new ArrayList<>();
      messages.forEach(message -> outcomes.add(batcher.submit(message)));
      return Future.join(outcomes).otherwiseEmpty().map(all -> outcomes);
    });
  }
}
