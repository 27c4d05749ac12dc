package org.sikiza.gateway.reports;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.catalogue.CountyDirectory;

/**
 * Fills a scratch database with synthetic classified messages, their labels and every rollup, in set-based SQL
 * (generate_series, INSERT ... SELECT), two statements at a time: minutes for ten million messages, not hours.
 * Every value is a formula of the message number, so a fill is reproducible. Only for benchmark databases.
 *
 * <p>Shape: counties weighted (Nairobi most, the smallest counties a few hundred messages a month), one message in
 * 33 with no county, one in ten OTHER, one in seven of the rest with a second theme; 80% SMS, 10% voice, 10% radio
 * call-ins (with gender, age band, disability); a participant sends about five messages, always for one county.
 */
public final class SyntheticMessages {

  /** Rows per INSERT statement: small enough to keep two running side by side. */
  static final long CHUNK = 1_000_000;

  static final String INSERT_MESSAGES = """
      INSERT INTO messages (id, provider_sid, channel, kind, line, participant_id, body, segments, received_at,
                            stored_at, language, county, county_source, review, model_version, classified_at,
                            gender, age_band, disability, is_other)
      SELECT g, 'BENCH' || lpad(g::text, 11, '0'), c.channel, 'feedback', '22555', 'bench-p' || p.p,
             ($5::text[])[1 + (g % array_length($5::text[], 1))], 1, r.at, r.at,
             (ARRAY['swa', 'eng', 'sheng', 'swa', 'eng', 'mixed'])[1 + (g / 3 % 6)],
             CASE WHEN g % 33 = 0 THEN NULL ELSE ($4::text[])[1 + (p.p % 1000)] END,
             CASE WHEN g % 33 = 0 THEN NULL ELSE 'message' END, false, 'bench', r.at + interval '1 minute',
             CASE WHEN c.channel = 'callin' THEN (ARRAY['female', 'male', 'female', 'male', 'other'])[1 + (p.p % 5)] END,
             CASE WHEN c.channel = 'callin' THEN (ARRAY['18-24', '25-34', '35-49', '50-64', '65+', 'under-18'])[1 + (p.p % 6)] END,
             CASE WHEN c.channel = 'callin' THEN (ARRAY['no', 'no', 'no', 'yes', 'unknown'])[1 + (p.p % 5)] END,
             g % 10 = 3
      FROM generate_series($1::bigint, $2::bigint) g
      CROSS JOIN LATERAL (SELECT (g * 7919) % $3::bigint AS p) p
      CROSS JOIN LATERAL (SELECT CASE WHEN g % 10 < 8 THEN 'sms' WHEN g % 10 = 8 THEN 'voice' ELSE 'callin' END
                          AS channel) c
      CROSS JOIN LATERAL (SELECT $6::timestamptz + (g * $7::float8 + (g * 104729) % 300) * interval '1 second' AS at) r""";

  /** $3: 100 theme codes, weighted. A second label for one message in seven, when it differs from the first. */
  static final String INSERT_LABELS = """
      INSERT INTO message_labels (message_id, theme, origin, score, model_version)
      SELECT g, CASE WHEN g % 10 = 3 THEN 'OTHER' ELSE ($3::text[])[1 + ((g * 31) % 100)] END, 'model',
             0.35 + ((g * 17) % 64) / 100.0, 'bench'
      FROM generate_series($1::bigint, $2::bigint) g
      UNION ALL
      SELECT g, ($3::text[])[1 + ((g * 137) % 100)], 'model', 0.30 + ((g * 13) % 30) / 100.0, 'bench'
      FROM generate_series($1::bigint, $2::bigint) g
      WHERE g % 10 <> 3 AND g % 7 = 0 AND ($3::text[])[1 + ((g * 137) % 100)] <> ($3::text[])[1 + ((g * 31) % 100)]""";

  static final String THEME_ROLLUPS = """
      INSERT INTO theme_rollups (county, theme, day, channel, messages)
      SELECT coalesce(m.county, 'unknown'), l.theme, (m.received_at AT TIME ZONE $1)::date, m.channel, count(*)
      FROM messages m JOIN message_labels l ON l.message_id = m.id
      GROUP BY 1, 2, 3, 4 ORDER BY 3, 1""";

  static final String MESSAGE_ROLLUPS = """
      INSERT INTO message_rollups (county, day, channel, messages)
      SELECT coalesce(county, 'unknown'), (received_at AT TIME ZONE $1)::date, channel, count(*)
      FROM messages GROUP BY 1, 2, 3 ORDER BY 2, 1""";

  static final String PARTICIPANTS = """
      INSERT INTO county_participants (county, day, channel, participant_id)
      SELECT DISTINCT coalesce(county, 'unknown'), (received_at AT TIME ZONE $1)::date, channel, participant_id
      FROM messages ORDER BY 2, 1""";

  static final String PROFILES = """
      INSERT INTO profile_rollups (county, day, channel, language, gender, age_band, disability, messages)
      SELECT coalesce(county, 'unknown'), (received_at AT TIME ZONE $1)::date, channel, coalesce(language, ''),
             coalesce(nullif(gender, 'unknown'), ''), coalesce(nullif(age_band, 'unknown'), ''),
             coalesce(nullif(disability, 'unknown'), ''), count(*)::int
      FROM messages WHERE NOT is_other GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 2, 1""";

  static final String OPT_OUTS = """
      INSERT INTO contacts (participant_id, opted_out, opted_out_at)
      SELECT 'bench-p' || p, true, now() FROM generate_series(0, $1::bigint - 1, 100) p""";

  /** Secondary indexes, dropped for the load and built again after it (constraint indexes stay). */
  static final String SECONDARY_INDEXES = """
      SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public'
        AND i.tablename IN ('messages', 'message_labels', 'county_participants', 'theme_rollups', 'profile_rollups')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""";

  private static final List<String> BODIES = List.of(
      "Hospitali yetu haina dawa wala madaktari usiku, wagonjwa wanateseka",
      "The borehole in our village has been broken for three weeks and we walk 5 km for water",
      "My name is John Otieno, the school needs more teachers, call me on 0712345678",
      "Barabara ya kwenda sokoni ni mbaya sana, magari hayapiti wakati wa mvua",
      "Youth have no jobs here, we need training and small loans for business",
      "Wazee hawajapata pesa ya Inua Jamii tangu mwezi wa tatu",
      "Chief Kamau asks for a bribe before signing any letter",
      "People with disabilities cannot reach the ward office, there is no ramp",
      "Maji ya bomba ni machafu, watoto wanaugua kuhara",
      "Electricity tokens are too expensive and blackouts every evening",
      "Girls miss school because they lack sanitary pads",
      "Police harass boda boda riders every day at the stage",
      "Mbolea ya serikali haijafika na msimu wa kupanda umeanza",
      "The county should fix the dispensary roof before the rains",
      "Hakuna walimu wa kutosha katika shule ya msingi ya kijiji chetu",
      "Salamu kwa wote wanaosikiliza, naomba wimbo wa Sauti Sol");

  private SyntheticMessages() {
  }

  /** A weighted list of 1000 county codes: a participant's county is picked from it by number. */
  static String[] weightedCounties(CountyDirectory directory) {
    List<County> counties = directory.all();
    List<String> weighted = new ArrayList<>(1000);
    double[] weights = new double[counties.size()];
    double sum = 0;
    for (int i = 0; i < counties.size(); i++) {
      String code = counties.get(i).code();
      weights[i] = code.equals("nairobi") ? 12 : code.equals("mombasa") || code.equals("kisumu")
          || code.equals("nakuru") || code.equals("kiambu") ? 4 : 1.0 + (i * 37 % 10) / 10.0;
      sum += weights[i];
    }
    for (int i = 0; i < counties.size() && weighted.size() < 1000; i++) {
      long copies = Math.max(1, Math.round(1000 * weights[i] / sum));
      for (long c = 0; c < copies && weighted.size() < 1000; c++) {
        weighted.add(counties.get(i).code());
      }
    }
    while (weighted.size() < 1000) {
      weighted.add("nairobi");
    }
    return weighted.toArray(String[]::new);
  }

  /** 100 theme codes: health, water, jobs and peace/justice common, life below water rare. */
  static String[] weightedThemes() {
    int[] weights = {6, 7, 12, 9, 5, 10, 4, 9, 8, 6, 5, 2, 4, 1, 3, 8, 1};
    List<String> themes = new ArrayList<>(100);
    for (int i = 0; i < weights.length; i++) {
      for (int c = 0; c < weights[i]; c++) {
        themes.add("SDG" + (i + 1));
      }
    }
    return themes.toArray(String[]::new);
  }

  /**
   * @param messages how many messages; days they are spread over (ending now)
   */
  public static Future<Void> fill(Pool pool, CountyDirectory counties, ZoneId zone, long messages, int days) {
    long participants = Math.max(1, messages / 5);
    String[] countyCodes = weightedCounties(counties);
    String[] themes = weightedThemes();
    String tz = zone.getId();
    // Messages arrive in time order, as they are stored in production: the table is laid out by time.
    java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(days);
    double secondsApart = (days * 86_400.0 - 600) / messages;
    return pool.query(SECONDARY_INDEXES).execute().compose(rows -> {
      List<String> drops = new ArrayList<>();
      List<String> builds = new ArrayList<>();
      for (Row row : rows) {
        drops.add("DROP INDEX IF EXISTS " + row.getString("indexname"));
        builds.add(row.getString("indexdef"));
      }
      List<Supplier<Future<?>>> messageChunks = new ArrayList<>();
      List<Supplier<Future<?>>> labelChunks = new ArrayList<>();
      for (long from = 1; from <= messages; from += CHUNK) {
        long to = Math.min(messages, from + CHUNK - 1);
        long lo = from;
        messageChunks.add(() -> pool.preparedQuery(INSERT_MESSAGES).execute(Tuple.of(lo, to, participants,
            countyCodes, BODIES.toArray(String[]::new), start, secondsApart)));
        // Labels reference their messages: all messages first.
        labelChunks.add(() -> pool.preparedQuery(INSERT_LABELS).execute(Tuple.of(lo, to, themes)));
      }
      return sequence(pool, drops)
          .compose(done -> pool.query("ALTER TABLE messages DISABLE TRIGGER USER").execute())
          .compose(done -> pool.query("ALTER TABLE message_labels DISABLE TRIGGER USER").execute())
          .compose(done -> twoAtATime(messageChunks))
          .compose(done -> twoAtATime(labelChunks))
          .compose(done -> twoAtATime(List.of(
              () -> pool.preparedQuery(THEME_ROLLUPS).execute(Tuple.of(tz)),
              () -> pool.preparedQuery(MESSAGE_ROLLUPS).execute(Tuple.of(tz)),
              () -> pool.preparedQuery(PARTICIPANTS).execute(Tuple.of(tz)),
              () -> pool.preparedQuery(PROFILES).execute(Tuple.of(tz)),
              () -> pool.preparedQuery(OPT_OUTS).execute(Tuple.of(participants)))))
          .compose(done -> twoAtATime(builds.stream().<Supplier<Future<?>>>map(sql -> () -> pool.query(sql).execute())
              .toList()))
          .compose(done -> pool.query("ALTER TABLE messages ENABLE TRIGGER USER").execute())
          .compose(done -> pool.query("ALTER TABLE message_labels ENABLE TRIGGER USER").execute())
          .compose(done -> pool.query("SELECT setval(pg_get_serial_sequence('messages', 'id'), "
              + "(SELECT max(id) FROM messages))").execute())
          .compose(done -> pool.query("VACUUM ANALYZE").execute())
          .mapEmpty();
    });
  }

  private static Future<Void> sequence(Pool pool, List<String> statements) {
    Future<Void> chain = Future.succeededFuture();
    for (String sql : statements) {
      chain = chain.compose(done -> pool.query(sql).execute().mapEmpty());
    }
    return chain;
  }

  /** Runs the statements two at a time (one per core of a small machine), in order of starting. */
  private static Future<Void> twoAtATime(List<Supplier<Future<?>>> statements) {
    List<Future<?>> lanes = new ArrayList<>();
    for (int lane = 0; lane < 2; lane++) {
      Future<?> chain = Future.succeededFuture();
      for (int i = lane; i < statements.size(); i += 2) {
        Supplier<Future<?>> next = statements.get(i);
        chain = chain.compose(done -> next.get());
      }
      lanes.add(chain);
    }
    return Future.all(lanes).mapEmpty();
  }
}
