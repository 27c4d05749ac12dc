package org.sikiza.gateway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sikiza.gateway.sms.InboundSms;
import org.sikiza.gateway.sms.MessageKind;

/**
 * Stores batches of inbound messages exactly once (the provider sid is unique) and applies the consent
 * changes of new opt-out / opt-in messages in the same transaction. One statement writes a whole batch.
 */
public final class MessageStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Inserts a batch (its feedback is then pending classification: see V6) and says, for each newly stored message,
   * whether its sender is opted out: one round trip for the common case. Rows that already existed (repeated webhooks) are
   * not returned.
   */
  static final String INSERT_BATCH = """
      WITH inserted AS (
        INSERT INTO messages (provider_sid, channel, kind, line, participant_id, body, segments, media, received_at)
        SELECT sid, channel, kind, line, participant, body, segments, media::jsonb, received_at
        FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[],
                    $9::timestamptz[])
          AS batch(sid, channel, kind, line, participant, body, segments, media, received_at)
        ON CONFLICT (provider_sid) DO NOTHING
        RETURNING provider_sid, participant_id)
      SELECT inserted.provider_sid, coalesce(contacts.opted_out, false) AS opted_out
      FROM inserted LEFT JOIN contacts USING (participant_id)""";

  /** Returns a row only when the contact was not opted out before: the confirmation is sent once. */
  static final String OPT_OUT = """
      INSERT INTO contacts (participant_id, opted_out, opted_out_at, updated_at) VALUES ($1, true, $2, now())
      ON CONFLICT (participant_id) DO UPDATE SET opted_out = true, opted_out_at = $2, updated_at = now()
        WHERE NOT contacts.opted_out
      RETURNING participant_id""";

  /** Returns a row when the contact is new or was opted out: then the welcome-back is sent. */
  static final String OPT_IN = """
      INSERT INTO contacts (participant_id, opted_out, opted_in_at, updated_at) VALUES ($1, false, $2, now())
      ON CONFLICT (participant_id) DO UPDATE SET opted_out = false, opted_in_at = $2, updated_at = now()
        WHERE contacts.opted_out
      RETURNING participant_id""";

  static final String OPTED_OUT_AMONG = """
      SELECT participant_id FROM contacts WHERE opted_out AND participant_id = ANY($1::text[])""";

  private final Pool pool;

  public MessageStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * What storing did to a batch: the sids newly stored, the control messages that changed a contact's consent,
   * and the newly stored sids whose sender is opted out (after those changes).
   */
  public record BatchResult(Set<String> stored, Set<String> consentChanged, Set<String> optedOutSenders) {
    public boolean isNew(String sid) {
      return stored.contains(sid);
    }
  }

  private record Inserted(Set<String> sids, Set<String> optedOutSids) {}

  public Future<BatchResult> storeBatch(List<InboundSms> messages) {
    // Sorted by sid so that concurrent batches take unique-index locks in one order and never deadlock.
    Map<String, InboundSms> bySid = new LinkedHashMap<>();
    messages.stream().sorted(Comparator.comparing(InboundSms::providerSid))
        .forEach(message -> bySid.putIfAbsent(message.providerSid(), message));
    List<InboundSms> distinct = new ArrayList<>(bySid.values());
    boolean changesConsent = distinct.stream().anyMatch(message -> message.kind() != MessageKind.FEEDBACK);
    if (!changesConsent) {
      return insert(pool, distinct).map(inserted -> new BatchResult(inserted.sids(), Set.of(), inserted.optedOutSids()));
    }
    // Consent changes are rare: they take a transaction and look up consent again once they are applied.
    return pool.withTransaction(conn -> insert(conn, distinct)
        .compose(inserted -> applyConsentChanges(conn, distinct, inserted.sids())
            .compose(changed -> optedOutAmong(conn, distinct, inserted.sids())
                .map(optedOut -> new BatchResult(inserted.sids(), changed, optedOut)))));
  }

  private Future<Inserted> insert(SqlClient client, List<InboundSms> batch) {
    int n = batch.size();
    String[] sids = new String[n];
    String[] channels = new String[n];
    String[] kinds = new String[n];
    String[] lines = new String[n];
    String[] participants = new String[n];
    String[] bodies = new String[n];
    Integer[] segments = new Integer[n];
    String[] media = new String[n];
    OffsetDateTime[] receivedAt = new OffsetDateTime[n];
    for (int i = 0; i < n; i++) {
      InboundSms message = batch.get(i);
      sids[i] = message.providerSid();
      channels[i] = message.channel();
      kinds[i] = message.kind().dbValue();
      lines[i] = message.line();
      participants[i] = message.participantId();
      bodies[i] = message.body();
      segments[i] = message.segments();
      media[i] = message.media().isEmpty() ? "[]" : toJson(message.media());
      receivedAt[i] = message.receivedAt().atOffset(ZoneOffset.UTC);
    }
    Tuple params = Tuple.of(sids, channels, kinds, lines, participants, bodies, segments, media, receivedAt);
    return client.preparedQuery(INSERT_BATCH).execute(params).map(rows -> {
      Set<String> stored = new HashSet<>();
      Set<String> optedOut = new HashSet<>();
      for (Row row : rows) {
        stored.add(row.getString(0));
        if (row.getBoolean(1)) {
          optedOut.add(row.getString(0));
        }
      }
      return new Inserted(stored, optedOut);
    });
  }

  /** In the order received, per participant, so that STOP then START leaves the contact opted in. */
  private Future<Set<String>> applyConsentChanges(SqlClient conn, List<InboundSms> batch, Set<String> stored) {
    List<InboundSms> controls = batch.stream()
        .filter(message -> message.kind() != MessageKind.FEEDBACK && stored.contains(message.providerSid()))
        .sorted(Comparator.comparing(InboundSms::participantId).thenComparing(InboundSms::receivedAt))
        .toList();
    Set<String> changed = new HashSet<>();
    Future<Void> chain = Future.succeededFuture();
    for (InboundSms control : controls) {
      String sql = control.kind() == MessageKind.OPT_OUT ? OPT_OUT : OPT_IN;
      chain = chain.compose(done -> conn.preparedQuery(sql)
          .execute(Tuple.of(control.participantId(), control.receivedAt().atOffset(ZoneOffset.UTC)))
          .map(rows -> {
            if (rows.size() > 0) {
              changed.add(control.providerSid());
            }
            return null;
          }));
    }
    return chain.map(done -> changed);
  }

  /** The newly stored sids whose sender is opted out now. */
  private Future<Set<String>> optedOutAmong(SqlClient client, List<InboundSms> batch, Set<String> stored) {
    String[] participants = batch.stream().map(InboundSms::participantId).distinct().toArray(String[]::new);
    return client.preparedQuery(OPTED_OUT_AMONG).execute(Tuple.of((Object) participants)).map(rows -> {
      Set<String> optedOutParticipants = new HashSet<>();
      for (Row row : rows) {
        optedOutParticipants.add(row.getString(0));
      }
      Set<String> optedOut = new HashSet<>();
      for (InboundSms message : batch) {
        if (stored.contains(message.providerSid()) && optedOutParticipants.contains(message.participantId())) {
          optedOut.add(message.providerSid());
        }
      }
      return optedOut;
    });
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("media cannot be written as JSON", e);
    }
  }

  /** Counts by kind, for the demo and operators. */
  public Future<Map<String, Long>> countsByKind() {
    return pool.query("SELECT kind, count(*) FROM messages GROUP BY kind ORDER BY kind").execute().map(rows -> {
      Map<String, Long> counts = new HashMap<>();
      for (Row row : rows) {
        counts.put(row.getString(0), row.getLong(1));
      }
      return counts;
    });
  }
}
