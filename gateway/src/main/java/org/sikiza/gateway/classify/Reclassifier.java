package org.sikiza.gateway.classify;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Re-runs the current model over messages already classified (after retraining) and moves their counts in the
 * rollups by exact deltas, a batch per transaction, while the gateway keeps running. Human labels win: a message
 * a coder labelled keeps counting under the coder's themes, though its model labels are refreshed.
 */
public final class Reclassifier {

  /** What a run changed. */
  public record Summary(long messages, long themesChanged, long countiesChanged) {}

  private static final int BATCH = 500;

  static final String NEXT_IDS = """
      SELECT id FROM messages WHERE classified_at IS NOT NULL AND id > $1 ORDER BY id LIMIT $2""";

  static final String LOCK_MESSAGES = """
      SELECT m.id, m.body, m.participant_id, m.line, m.channel, m.received_at, m.county, c.last_county,
             CASE WHEN m.county_source IN ('caller', 'host') THEN m.county END AS declared_county,
             CASE WHEN m.county_source IN ('caller', 'host') THEN m.county_source END AS declared_source
      FROM messages m LEFT JOIN contacts c ON c.participant_id = m.participant_id
      WHERE m.id = ANY($1::bigint[])
      ORDER BY m.received_at, m.id
      FOR UPDATE OF m""";

  static final String LABELS = """
      SELECT message_id, theme, origin FROM message_labels WHERE message_id = ANY($1::bigint[])""";

  static final String DELETE_MODEL_LABELS = """
      DELETE FROM message_labels WHERE message_id = ANY($1::bigint[]) AND origin = 'model'""";

  static final String DROP_EMPTY_CELLS = """
      DELETE FROM theme_rollups WHERE messages = 0;
      DELETE FROM message_rollups WHERE messages = 0""";

  /** A participant stays counted for a county-day while any of their messages still speaks for it. */
  static final String DROP_UNBACKED_PARTICIPANTS = """
      DELETE FROM county_participants cp
      USING unnest($1::text[], $2::date[], $3::text[], $4::text[]) AS o(county, day, channel, participant_id)
      WHERE cp.county = o.county AND cp.day = o.day AND cp.channel = o.channel AND cp.participant_id = o.participant_id
        AND NOT EXISTS (
          SELECT 1 FROM messages m
          WHERE m.participant_id = o.participant_id AND m.channel = o.channel AND m.classified_at IS NOT NULL
            AND coalesce(m.county, 'unknown') = o.county AND (m.received_at AT TIME ZONE $5)::date = o.day)""";

  private final Vertx vertx;
  private final Pool pool;
  private final BatchClassifier classifier;
  private final ZoneId zone;
  private final ClassificationStore store = new ClassificationStore();

  public Reclassifier(Vertx vertx, Pool pool, BatchClassifier classifier, ZoneId zone) {
    this.vertx = vertx;
    this.pool = pool;
    this.classifier = classifier;
    this.zone = zone;
  }

  public Future<Summary> run() {
    return runFrom(0L, new Summary(0, 0, 0))
        .compose(summary -> pool.query(DROP_EMPTY_CELLS).execute().map(summary));
  }

  private Future<Summary> runFrom(long afterId, Summary soFar) {
    return pool.preparedQuery(NEXT_IDS).execute(Tuple.of(afterId, BATCH)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(soFar);
      }
      List<Long> ids = new ArrayList<>();
      rows.forEach(row -> ids.add(row.getLong(0)));
      long lastId = ids.get(ids.size() - 1);
      return pool.withTransaction(conn -> reclassifyBatch(conn, ids.toArray(Long[]::new)))
          .compose(batch -> runFrom(lastId, new Summary(soFar.messages() + batch.messages(),
              soFar.themesChanged() + batch.themesChanged(), soFar.countiesChanged() + batch.countiesChanged())));
    });
  }

  private record Previous(String county, Set<String> modelLabels, Set<String> humanLabels) {
    Set<String> effective() {
      return humanLabels.isEmpty() ? modelLabels : humanLabels;
    }
  }

  private Future<Summary> reclassifyBatch(SqlConnection conn, Long[] ids) {
    return conn.preparedQuery(LOCK_MESSAGES).execute(Tuple.of((Object) ids)).compose(locked -> {
      List<ClaimedMessage> messages = new ArrayList<>();
      Map<Long, Previous> previous = new HashMap<>();
      for (Row row : locked) {
        // The sender's county as known now; the message's own place names are read again by the resolver.
        messages.add(new ClaimedMessage(row.getLong("id"), row.getString("body"), row.getString("participant_id"),
            row.getString("line"), row.getString("channel"), row.getOffsetDateTime("received_at"),
            row.getString("last_county"), row.getString("declared_county"), row.getString("declared_source")));
        previous.put(row.getLong("id"), new Previous(row.getString("county"), new HashSet<>(), new HashSet<>()));
      }
      return conn.preparedQuery(LABELS).execute(Tuple.of((Object) ids)).compose(labels -> {
        for (Row row : labels) {
          Previous p = previous.get(row.getLong("message_id"));
          ("human".equals(row.getString("origin")) ? p.humanLabels() : p.modelLabels()).add(row.getString("theme"));
        }
        return vertx.executeBlocking(() -> classifier.classify(messages), false);
      }).compose(classified -> write(conn, classified, previous));
    });
  }

  private Future<Summary> write(SqlConnection conn, List<ClassifiedMessage> classified, Map<Long, Previous> previous) {
    RollupCounts rollups = new RollupCounts();
    Map<String, String[]> vacated = new TreeMap<>();
    long themesChanged = 0;
    long countiesChanged = 0;
    for (ClassifiedMessage c : classified) {
      Previous before = previous.get(c.message().id());
      String oldCounty = before.county() == null ? RollupCounts.UNKNOWN_COUNTY : before.county();
      Set<String> after = before.humanLabels().isEmpty() ? c.labels().keySet() : before.humanLabels();
      LocalDate day = c.day();
      rollups.add(oldCounty, before.effective(), day, c.message().channel(), -1);
      rollups.add(c.rollupCounty(), after, day, c.message().channel(), +1);
      if (!before.modelLabels().equals(c.labels().keySet())) {
        themesChanged++;
      }
      if (!Objects.equals(before.county(), c.county())) {
        countiesChanged++;
        if (c.message().participantId() != null) {
          String[] cell = {oldCounty, day.toString(), c.message().channel(), c.message().participantId()};
          vacated.put(String.join("\0", cell), cell);
        }
      }
    }
    Long[] ids = classified.stream().map(c -> c.message().id()).toArray(Long[]::new);
    long themes = themesChanged;
    long counties = countiesChanged;
    return conn.preparedQuery(DELETE_MODEL_LABELS).execute(Tuple.of((Object) ids))
        .compose(done -> store.insertModelLabels(conn, classified))
        .compose(done -> store.updateMessages(conn, classified))
        .compose(done -> store.applyRollups(conn, rollups))
        .compose(done -> store.addParticipants(conn, classified))
        .compose(done -> vacated.isEmpty() ? Future.succeededFuture() : conn.preparedQuery(DROP_UNBACKED_PARTICIPANTS)
            .execute(Tuple.of(
                vacated.values().stream().map(c -> c[0]).toArray(String[]::new),
                vacated.values().stream().map(c -> LocalDate.parse(c[1])).toArray(LocalDate[]::new),
                vacated.values().stream().map(c -> c[2]).toArray(String[]::new),
                vacated.values().stream().map(c -> c[3]).toArray(String[]::new),
                zone.getId())).mapEmpty())
        .compose(done -> store.rememberSenderCounties(conn, classified))
        .map(done -> new Summary(classified.size(), themes, counties));
  }
}
