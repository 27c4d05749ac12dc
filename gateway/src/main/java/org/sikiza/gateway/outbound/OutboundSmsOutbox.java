package org.sikiza.gateway.outbound;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import io.vertx.core.buffer.Buffer;

/**
 * Where features put SMS to be sent: seals the number, and queues the message once per dedupe key, unless the
 * participant has opted out. The {@link OutboundSmsVerticle} sends it later, off the request path.
 */
public final class OutboundSmsOutbox {

  static final String ENQUEUE = """
      INSERT INTO outbound_sms (dedupe_key, purpose, participant_id, sender, recipient_sealed, body)
      SELECT $1, $2, $3, $4, $5, $6
      WHERE NOT EXISTS (SELECT 1 FROM contacts WHERE participant_id = $3 AND opted_out)
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING id""";

  private final Pool pool;
  private final RecipientSealer sealer;

  public OutboundSmsOutbox(Pool pool, RecipientSealer sealer) {
    this.pool = pool;
    this.sealer = sealer;
  }

  /**
   * @param dedupeKey one message per key, e.g. {@code voice-confirmation:CA…}
   * @param recipient the raw number, as the webhook gave it; it is sealed here and never stored in the clear
   * @return true when queued; false for a repeat or an opted-out participant
   */
  public Future<Boolean> queue(String dedupeKey, String purpose, String participantId, String sender, String recipient,
      String body) {
    byte[] sealed = sealer.seal(recipient, dedupeKey);
    return pool.preparedQuery(ENQUEUE)
        .execute(Tuple.of(dedupeKey, purpose, participantId, sender, Buffer.buffer(sealed), body))
        .map(rows -> rows.size() > 0);
  }
}
