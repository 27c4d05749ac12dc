package org.sikiza.gateway.outbound;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbound queue's state machine in SQL, shared by every gateway instance. Each transition names the state
 * it leaves, so a late or repeated transition changes nothing; a number is wiped by every transition into a
 * final state (a table constraint insists).
 */
public final class OutboundQueue {

  static final String CLAIM = """
      UPDATE outbound_sms SET status = 'claimed', lease_until = now() + make_interval(secs => $2), updated_at = now()
      WHERE id IN (SELECT id FROM outbound_sms WHERE status = 'queued' AND next_attempt_at <= now()
                   ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
      RETURNING id, dedupe_key, participant_id, sender, recipient_sealed, body, attempts""";

  /** The last look at consent, right before Twilio is called; no row: opted out, or no longer ours. */
  static final String START_SENDING = """
      UPDATE outbound_sms o SET status = 'sending', attempts = attempts + 1,
             lease_until = now() + make_interval(secs => $2), updated_at = now()
      WHERE o.id = $1 AND o.status = 'claimed'
        AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.participant_id = o.participant_id AND c.opted_out)
      RETURNING attempts""";

  static final String CANCEL_IF_OPTED_OUT = """
      UPDATE outbound_sms o SET status = 'cancelled', recipient_sealed = NULL, lease_until = NULL,
             last_error = 'the participant opted out', updated_at = now()
      WHERE o.id = $1 AND o.status IN ('queued', 'claimed')
        AND EXISTS (SELECT 1 FROM contacts c WHERE c.participant_id = o.participant_id AND c.opted_out)""";

  static final String MARK_SENT = """
      UPDATE outbound_sms SET status = 'sent', provider_sid = $2, recipient_sealed = NULL, lease_until = NULL,
             last_error = NULL, updated_at = now()
      WHERE id = $1 AND status = 'sending'""";

  static final String MARK_RETRY = """
      UPDATE outbound_sms SET status = 'queued', next_attempt_at = now() + make_interval(secs => $2),
             last_error = $3, lease_until = NULL, updated_at = now()
      WHERE id = $1 AND status = 'sending'""";

  static final String MARK_FAILED = """
      UPDATE outbound_sms SET status = 'failed', recipient_sealed = NULL, lease_until = NULL, last_error = $2,
             updated_at = now()
      WHERE id = $1 AND status IN ('claimed', 'sending')""";

  static final String MARK_UNKNOWN = """
      UPDATE outbound_sms SET status = 'unknown', recipient_sealed = NULL, lease_until = NULL, last_error = $2,
             updated_at = now()
      WHERE id = $1 AND status = 'sending'""";

  static final String RELEASE = """
      UPDATE outbound_sms SET status = 'queued', lease_until = NULL, updated_at = now()
      WHERE id = ANY($1::bigint[]) AND status = 'claimed'""";

  /** A worker that died holding a claim never called Twilio: the message may be sent by another. */
  static final String RELEASE_STALE_CLAIMS = """
      UPDATE outbound_sms SET status = 'queued', lease_until = NULL, updated_at = now()
      WHERE status = 'claimed' AND lease_until < now()""";

  /** A worker that died while calling Twilio may have sent it: never send twice, so give up on it. */
  static final String ABANDON_STALE_SENDS = """
      UPDATE outbound_sms SET status = 'unknown', recipient_sealed = NULL, lease_until = NULL,
             last_error = 'the sender stopped while sending; not retried, as it may have been sent', updated_at = now()
      WHERE status = 'sending' AND lease_until < now()""";

  static final String EXPIRE = """
      UPDATE outbound_sms SET status = 'failed', recipient_sealed = NULL, lease_until = NULL,
             last_error = 'expired before it could be sent', updated_at = now()
      WHERE status = 'queued' AND created_at < now() - make_interval(secs => $1)""";

  static final String CANCEL_OPTED_OUT = """
      UPDATE outbound_sms o SET status = 'cancelled', recipient_sealed = NULL, lease_until = NULL,
             last_error = 'the participant opted out', updated_at = now()
      FROM contacts c
      WHERE o.status = 'queued' AND c.participant_id = o.participant_id AND c.opted_out""";

  /**
   * Reserves the sender's next free slot, spacing its messages by $2 seconds across every gateway instance;
   * answers how long to wait for it (0 when the sender is idle).
   */
  static final String RESERVE_SLOT = """
      INSERT INTO outbound_sender_slots AS s (sender, next_slot) VALUES ($1, clock_timestamp() + make_interval(secs => $2))
      ON CONFLICT (sender) DO UPDATE SET next_slot = greatest(s.next_slot, clock_timestamp()) + make_interval(secs => $2)
      RETURNING greatest(0, extract(epoch FROM (s.next_slot - make_interval(secs => $2) - clock_timestamp())) * 1000)
        ::bigint AS wait_ms""";

  private final Pool pool;

  public OutboundQueue(Pool pool) {
    this.pool = pool;
  }

  public Future<List<ClaimedSms>> claim(int limit, Duration lease) {
    return pool.preparedQuery(CLAIM).execute(Tuple.of(limit, seconds(lease))).map(rows -> {
      List<ClaimedSms> claimed = new ArrayList<>();
      for (Row row : rows) {
        claimed.add(new ClaimedSms(row.getLong("id"), row.getString("dedupe_key"), row.getString("participant_id"),
            row.getString("sender"), row.getBuffer("recipient_sealed").getBytes(), row.getString("body"),
            row.getInteger("attempts")));
      }
      return claimed;
    });
  }

  /** @return the attempt number now being made, or empty when the message must not be sent */
  public Future<Optional<Integer>> startSending(long id, Duration lease) {
    return pool.preparedQuery(START_SENDING).execute(Tuple.of(id, seconds(lease)))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getInteger(0)));
  }

  public Future<Boolean> cancelIfOptedOut(long id) {
    return update(CANCEL_IF_OPTED_OUT, Tuple.of(id));
  }

  public Future<Boolean> markSent(long id, String providerSid) {
    return update(MARK_SENT, Tuple.of(id, providerSid));
  }

  public Future<Boolean> markRetry(long id, Duration after, String reason) {
    return update(MARK_RETRY, Tuple.of(id, seconds(after), reason));
  }

  public Future<Boolean> markFailed(long id, String reason) {
    return update(MARK_FAILED, Tuple.of(id, reason));
  }

  public Future<Boolean> markUnknown(long id, String reason) {
    return update(MARK_UNKNOWN, Tuple.of(id, reason));
  }

  public Future<Void> release(List<Long> ids) {
    return pool.preparedQuery(RELEASE).execute(Tuple.of((Object) ids.toArray(Long[]::new))).mapEmpty();
  }

  /** Housekeeping: stale claims back to the queue, stale sends given up, old messages expired, opt-outs honoured. */
  public Future<Void> sweep(Duration maxAge) {
    return pool.query(RELEASE_STALE_CLAIMS).execute()
        .compose(done -> pool.query(ABANDON_STALE_SENDS).execute())
        .compose(done -> pool.preparedQuery(EXPIRE).execute(Tuple.of(seconds(maxAge))))
        .compose(done -> pool.query(CANCEL_OPTED_OUT).execute())
        .mapEmpty();
  }

  /** @return milliseconds to wait before this sender may send the message just reserved */
  public Future<Long> reserveSlot(String sender, Duration spacing) {
    return pool.preparedQuery(RESERVE_SLOT).execute(Tuple.of(sender, seconds(spacing)))
        .map(rows -> rows.iterator().next().getLong("wait_ms"));
  }

  private Future<Boolean> update(String sql, Tuple params) {
    return pool.preparedQuery(sql).execute(params).map(rows -> rows.rowCount() > 0);
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
