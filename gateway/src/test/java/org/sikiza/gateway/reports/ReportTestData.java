package org.sikiza.gateway.reports;

import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Classified messages for report tests, written the way the gateway writes them: stored unclassified, then
 * classified (county, language) and labelled in one transaction, with the rollups of V2 added in step. The model
 * is left out so that every count is known in advance.
 */
final class ReportTestData {

  /** One message: where it speaks for, when, how, who, in what language, about what. */
  record Message(String county, LocalDate day, String channel, String participant, String language,
      List<String> themes, double score, String body) {}

  private static final String INSERT = """
      INSERT INTO messages (provider_sid, channel, kind, line, participant_id, body, received_at)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
      RETURNING id""";

  private static final String CLASSIFY = """
      UPDATE messages SET county = u.county, language = u.language, model_version = 'test', classified_at = now()
      FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(id, county, language) WHERE messages.id = u.id""";

  private static final String LABEL = """
      INSERT INTO message_labels (message_id, theme, origin, score, model_version)
      SELECT id, theme, 'model', score, 'test' FROM unnest($1::bigint[], $2::text[], $3::real[]) AS l(id, theme, score)""";

  private static final String THEME_ROLLUPS = """
      INSERT INTO theme_rollups (county, theme, day, channel, messages)
      SELECT coalesce(m.county, 'unknown'), l.theme, (m.received_at AT TIME ZONE $2)::date, m.channel, count(*)
      FROM messages m JOIN message_labels l ON l.message_id = m.id WHERE m.id = ANY($1::bigint[])
      GROUP BY 1, 2, 3, 4
      ON CONFLICT (county, theme, day, channel) DO UPDATE SET messages = theme_rollups.messages + excluded.messages""";

  private static final String MESSAGE_ROLLUPS = """
      INSERT INTO message_rollups (county, day, channel, messages)
      SELECT coalesce(county, 'unknown'), (received_at AT TIME ZONE $2)::date, channel, count(*)
      FROM messages WHERE id = ANY($1::bigint[]) GROUP BY 1, 2, 3
      ON CONFLICT (county, day, channel) DO UPDATE SET messages = message_rollups.messages + excluded.messages""";

  private static final String PARTICIPANTS = """
      INSERT INTO county_participants (county, day, channel, participant_id)
      SELECT DISTINCT coalesce(county, 'unknown'), (received_at AT TIME ZONE $2)::date, channel, participant_id
      FROM messages WHERE id = ANY($1::bigint[]) AND participant_id IS NOT NULL
      ON CONFLICT DO NOTHING""";

  private static final List<String> SAYINGS = List.of(
      "Wagonjwa wanalala sakafuni kwa sababu vitanda havitoshi",
      "The road to the market floods every time it rains",
      "Vijana hawana kazi na wanakaa tu mjini bila mpango",
      "Our borehole broke three weeks ago and nobody came to repair it",
      "Walimu ni wachache sana, darasa moja lina watoto mia moja",
      "Electricity goes off every evening when children need to study");

  private static int sid;

  private ReportTestData() {
  }

  static void store(Pool pool, ZoneId zone, List<Message> messages) {
    int n = messages.size();
    String[] sids = new String[n];
    String[] channels = new String[n];
    String[] kinds = new String[n];
    String[] lines = new String[n];
    String[] participants = new String[n];
    String[] bodies = new String[n];
    OffsetDateTime[] received = new OffsetDateTime[n];
    for (int i = 0; i < n; i++) {
      Message m = messages.get(i);
      sids[i] = String.format("SMtest%010d%06d", System.nanoTime() % 10_000_000_000L, ++sid);
      channels[i] = m.channel();
      kinds[i] = "feedback";
      lines[i] = "22555";
      participants[i] = m.participant();
      bodies[i] = m.body();
      received[i] = m.day().atTime(12, 0).atZone(zone).toOffsetDateTime().plusSeconds(i);
    }
    List<Long> ids = new ArrayList<>();
    for (Row row : pool.preparedQuery(INSERT).execute(Tuple.of(sids, channels, kinds, lines, participants, bodies,
        received)).await()) {
      ids.add(row.getLong(0));
    }
    Long[] idArray = ids.toArray(Long[]::new);
    List<Long> labelIds = new ArrayList<>();
    List<String> labelThemes = new ArrayList<>();
    List<Float> scores = new ArrayList<>();
    String[] counties = new String[n];
    String[] languages = new String[n];
    for (int i = 0; i < n; i++) {
      Message m = messages.get(i);
      counties[i] = m.county();
      languages[i] = m.language();
      for (String theme : m.themes()) {
        labelIds.add(ids.get(i));
        labelThemes.add(theme);
        scores.add((float) m.score());
      }
    }
    pool.withTransaction(conn -> conn.preparedQuery(CLASSIFY).execute(Tuple.of(idArray, counties, languages))
        .compose(done -> conn.preparedQuery(LABEL).execute(Tuple.of(labelIds.toArray(Long[]::new),
            labelThemes.toArray(String[]::new), scores.toArray(Float[]::new))))
        .compose(done -> conn.preparedQuery(THEME_ROLLUPS).execute(Tuple.of(idArray, zone.getId())))
        .compose(done -> conn.preparedQuery(MESSAGE_ROLLUPS).execute(Tuple.of(idArray, zone.getId())))
        .compose(done -> conn.preparedQuery(PARTICIPANTS).execute(Tuple.of(idArray, zone.getId())))).await();
  }

  /** {@code count} messages of one theme from distinct participants. */
  static List<Message> many(int count, String county, LocalDate day, String channel, String language, String theme,
      String participantPrefix) {
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      messages.add(new Message(county, day.minusDays(i % 20), channel, participantPrefix + "-" + i, language,
          List.of(theme), 0.5 + (i % 40) / 100.0, SAYINGS.get(i % SAYINGS.size()) + " (" + theme + ")"));
    }
    return messages;
  }
}
