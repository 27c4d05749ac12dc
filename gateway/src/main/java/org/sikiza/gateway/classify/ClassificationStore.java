package org.sikiza.gateway.classify;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sikiza.gateway.classify.RollupCounts.MessageKey;
import org.sikiza.gateway.classify.RollupCounts.ThemeKey;

/**
 * SQL of classification: claiming pending feedback (unclassified rows, found through a partial index, locked with
 * {@code FOR UPDATE SKIP LOCKED}, so any number of workers in any number of gateways can share the work) and writing labels, rollups and sender counties in the claiming
 * transaction. Every write of a batch is one statement over arrays.
 */
public final class ClassificationStore {

  static final String CLAIM = """
      WITH claimed AS (
        SELECT id FROM messages WHERE classified_at IS NULL AND kind = 'feedback'
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
      SELECT m.id, m.body, m.participant_id, m.line, m.channel, m.received_at, c.last_county,
             CASE WHEN m.county_source IN ('caller', 'host') THEN m.county END AS declared_county,
             CASE WHEN m.county_source IN ('caller', 'host') THEN m.county_source END AS declared_source
      FROM claimed
      JOIN messages m ON m.id = claimed.id
      LEFT JOIN contacts c ON c.participant_id = m.participant_id
      ORDER BY m.received_at, m.id""";

  static final String UPDATE_MESSAGES = """
      UPDATE messages
      SET language = u.language, county = u.county, county_source = u.source, review = u.review,
          model_version = u.model_version, classified_at = now()
      FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bool[], $6::text[])
        AS u(id, language, county, source, review, model_version)
      WHERE messages.id = u.id""";

  static final String INSERT_MODEL_LABELS = """
      INSERT INTO message_labels (message_id, theme, origin, score, model_version)
      SELECT id, theme, 'model', score::real, model_version
      FROM unnest($1::bigint[], $2::text[], $3::float8[], $4::text[]) AS l(id, theme, score, model_version)""";

  static final String ADD_THEME_ROLLUPS = """
      INSERT INTO theme_rollups (county, theme, day, channel, messages)
      SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::text[], $5::int[])
      ON CONFLICT (county, theme, day, channel) DO UPDATE SET messages = theme_rollups.messages + excluded.messages""";

  static final String ADD_MESSAGE_ROLLUPS = """
      INSERT INTO message_rollups (county, day, channel, messages)
      SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::int[])
      ON CONFLICT (county, day, channel) DO UPDATE SET messages = message_rollups.messages + excluded.messages""";

  static final String ADD_PARTICIPANTS = """
      INSERT INTO county_participants (county, day, channel, participant_id)
      SELECT * FROM unnest($1::text[], $2::date[], $3::text[], $4::text[])
      ON CONFLICT DO NOTHING""";

  static final String REMEMBER_SENDER_COUNTY = """
      INSERT INTO contacts (participant_id, last_county, last_county_at)
      SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
      ON CONFLICT (participant_id) DO UPDATE SET last_county = excluded.last_county, last_county_at = excluded.last_county_at
        WHERE contacts.last_county_at IS NULL OR contacts.last_county_at <= excluded.last_county_at""";

  public Future<List<ClaimedMessage>> claim(SqlConnection conn, int limit) {
    return conn.preparedQuery(CLAIM).execute(Tuple.of(limit)).map(rows -> {
      List<ClaimedMessage> claimed = new ArrayList<>(rows.size());
      for (Row row : rows) {
        claimed.add(new ClaimedMessage(row.getLong("id"), row.getString("body"), row.getString("participant_id"),
            row.getString("line"), row.getString("channel"), row.getOffsetDateTime("received_at"),
            row.getString("last_county"), row.getString("declared_county"), row.getString("declared_source")));
      }
      return claimed;
    });
  }

  /** Writes the decisions of a batch of newly classified messages: labels, message columns, rollups, senders. */
  public Future<Void> writeNew(SqlConnection conn, List<ClassifiedMessage> batch) {
    RollupCounts rollups = new RollupCounts();
    batch.forEach(c -> rollups.add(c.rollupCounty(), c.labels().keySet(), c.day(), c.message().channel(), +1));
    return updateMessages(conn, batch)
        .compose(done -> insertModelLabels(conn, batch))
        .compose(done -> applyRollups(conn, rollups))
        .compose(done -> addParticipants(conn, batch))
        .compose(done -> rememberSenderCounties(conn, batch));
  }

  Future<Void> updateMessages(SqlConnection conn, List<ClassifiedMessage> batch) {
    int n = batch.size();
    Long[] ids = new Long[n];
    String[] languages = new String[n];
    String[] counties = new String[n];
    String[] sources = new String[n];
    Boolean[] review = new Boolean[n];
    String[] versions = new String[n];
    for (int i = 0; i < n; i++) {
      ClassifiedMessage c = batch.get(i);
      ids[i] = c.message().id();
      languages[i] = c.language();
      counties[i] = c.county();
      sources[i] = c.source() == null ? null : c.source().dbValue();
      review[i] = c.review();
      versions[i] = c.modelVersion();
    }
    return conn.preparedQuery(UPDATE_MESSAGES).execute(Tuple.of(ids, languages, counties, sources, review, versions))
        .mapEmpty();
  }

  Future<Void> insertModelLabels(SqlConnection conn, List<ClassifiedMessage> batch) {
    List<Long> ids = new ArrayList<>();
    List<String> themes = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    List<String> versions = new ArrayList<>();
    for (ClassifiedMessage c : batch) {
      c.labels().forEach((theme, score) -> {
        ids.add(c.message().id());
        themes.add(theme);
        scores.add(score);
        versions.add(c.modelVersion());
      });
    }
    return conn.preparedQuery(INSERT_MODEL_LABELS).execute(Tuple.of(ids.toArray(Long[]::new),
        themes.toArray(String[]::new), scores.toArray(Double[]::new), versions.toArray(String[]::new))).mapEmpty();
  }

  Future<Void> applyRollups(SqlConnection conn, RollupCounts rollups) {
    Map<ThemeKey, Integer> themes = rollups.themes();
    Map<MessageKey, Integer> messages = rollups.messages();
    return conn.preparedQuery(ADD_MESSAGE_ROLLUPS).execute(Tuple.of(
            messages.keySet().stream().map(MessageKey::county).toArray(String[]::new),
            messages.keySet().stream().map(MessageKey::day).toArray(LocalDate[]::new),
            messages.keySet().stream().map(MessageKey::channel).toArray(String[]::new),
            messages.values().toArray(Integer[]::new)))
        .compose(done -> conn.preparedQuery(ADD_THEME_ROLLUPS).execute(Tuple.of(
            themes.keySet().stream().map(ThemeKey::county).toArray(String[]::new),
            themes.keySet().stream().map(ThemeKey::theme).toArray(String[]::new),
            themes.keySet().stream().map(ThemeKey::day).toArray(LocalDate[]::new),
            themes.keySet().stream().map(ThemeKey::channel).toArray(String[]::new),
            themes.values().toArray(Integer[]::new))))
        .mapEmpty();
  }

  Future<Void> addParticipants(SqlConnection conn, List<ClassifiedMessage> batch) {
    Map<String, String[]> cells = new TreeMap<>(); // sorted: a fixed lock order
    for (ClassifiedMessage c : batch) {
      if (c.message().participantId() != null) {
        String[] cell = {c.rollupCounty(), c.day().toString(), c.message().channel(), c.message().participantId()};
        cells.put(String.join("\0", cell), cell);
      }
    }
    return conn.preparedQuery(ADD_PARTICIPANTS).execute(Tuple.of(
        cells.values().stream().map(c -> c[0]).toArray(String[]::new),
        cells.values().stream().map(c -> LocalDate.parse(c[1])).toArray(LocalDate[]::new),
        cells.values().stream().map(c -> c[2]).toArray(String[]::new),
        cells.values().stream().map(c -> c[3]).toArray(String[]::new))).mapEmpty();
  }

  /** The latest county each sender named in this batch becomes their fallback county. */
  Future<Void> rememberSenderCounties(SqlConnection conn, List<ClassifiedMessage> batch) {
    Map<String, ClassifiedMessage> latest = new TreeMap<>();
    for (ClassifiedMessage c : batch) {
      if (c.source() == CountySource.MESSAGE && c.message().participantId() != null) {
        latest.merge(c.message().participantId(), c,
            (a, b) -> a.message().receivedAt().isAfter(b.message().receivedAt()) ? a : b);
      }
    }
    if (latest.isEmpty()) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(REMEMBER_SENDER_COUNTY).execute(Tuple.of(
        latest.keySet().toArray(String[]::new),
        latest.values().stream().map(ClassifiedMessage::county).toArray(String[]::new),
        latest.values().stream().map(c -> c.message().receivedAt()).toArray(OffsetDateTime[]::new))).mapEmpty();
  }
}
