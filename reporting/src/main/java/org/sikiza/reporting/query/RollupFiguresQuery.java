package org.sikiza.reporting.query;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.figures.PeriodCounts;
import org.sikiza.reporting.figures.ProfileDimension;

/**
 * A county's counts for a period and the period before it, from the rollup tables only (theme_rollups,
 * message_rollups, county_participants, profile_rollups): the cost depends on days × themes (and person-days for
 * participants), not on messages. The queries run side by side on the pool.
 */
public final class RollupFiguresQuery {

  /** Counts (parts) of a county. Result of {@link #run}. */
  public record Result(PeriodCounts current, PeriodCounts previous, long participants, long previousParticipants,
      Map<ProfileDimension, Map<String, Long>> profiles) {}

  /** $1 county, $2 first day of the period, $3 first day of the previous period, $4 last day, $5 channel or null. */
  static final String THEMES = """
      SELECT theme, channel,
             coalesce(sum(messages) FILTER (WHERE day >= $2), 0)::bigint AS now,
             coalesce(sum(messages) FILTER (WHERE day < $2), 0)::bigint AS before
      FROM theme_rollups
      WHERE county = $1 AND day BETWEEN $3 AND $4 AND ($5::text IS NULL OR channel = $5)
      GROUP BY theme, channel""";

  static final String MESSAGES = """
      SELECT channel,
             coalesce(sum(messages) FILTER (WHERE day >= $2), 0)::bigint AS now,
             coalesce(sum(messages) FILTER (WHERE day < $2), 0)::bigint AS before
      FROM message_rollups
      WHERE county = $1 AND day BETWEEN $3 AND $4 AND ($5::text IS NULL OR channel = $5)
      GROUP BY channel""";

  /**
   * Distinct participants of a span of days: the costliest figure (it grows with person-days, not days), so the two
   * periods run as two statements on two connections. Counts the 64-bit hash of each pseudonym (V4) from an index
   * that holds nothing else; sorting integers is several times faster than hashing or collating text.
   * $1 county, $2 first day, $3 last day, $4 channel or null.
   */
  static final String PARTICIPANTS = """
      SELECT count(DISTINCT participant_hash) FROM county_participants
      WHERE county = $1 AND day BETWEEN $2 AND $3 AND ($4::text IS NULL OR channel = $4)""";

  /** GROUPING() tells which dimension a row belongs to: 7 language, 11 gender, 13 age band, 14 disability. */
  static final String PROFILES = """
      SELECT language, gender, age_band, disability,
             GROUPING(language, gender, age_band, disability) AS grouping_set, sum(messages)::bigint AS messages
      FROM profile_rollups
      WHERE county = $1 AND day BETWEEN $2 AND $3 AND ($4::text IS NULL OR channel = $4)
      GROUP BY GROUPING SETS ((language), (gender), (age_band), (disability))""";

  private final Pool pool;

  public RollupFiguresQuery(Pool pool) {
    this.pool = pool;
  }

  public Future<Result> run(ReportScope scope) {
    ReportPeriod period = scope.period();
    Tuple both = Tuple.of(scope.county(), period.from(), period.previous().from(), period.to(), scope.channel());
    return Future.all(
            CustomPlans.execute(pool, THEMES, both),
            CustomPlans.execute(pool, MESSAGES, both),
            CustomPlans.execute(pool, PARTICIPANTS,
                Tuple.of(scope.county(), period.from(), period.to(), scope.channel())),
            CustomPlans.execute(pool, PARTICIPANTS, Tuple.of(scope.county(), period.previous().from(),
                period.previous().to(), scope.channel())),
            CustomPlans.execute(pool, PROFILES,
                Tuple.of(scope.county(), period.from(), period.to(), scope.channel())))
        .map(all -> {
          PeriodTally now = new PeriodTally();
          PeriodTally before = new PeriodTally();
          for (Row row : all.<RowSet<Row>>resultAt(0)) {
            now.theme(row.getString("theme"), row.getString("channel"), row.getLong("now"));
            before.theme(row.getString("theme"), row.getString("channel"), row.getLong("before"));
          }
          for (Row row : all.<RowSet<Row>>resultAt(1)) {
            now.messages(row.getString("channel"), row.getLong("now"));
            before.messages(row.getString("channel"), row.getLong("before"));
          }
          long participants = all.<RowSet<Row>>resultAt(2).iterator().next().getLong(0);
          long previousParticipants = all.<RowSet<Row>>resultAt(3).iterator().next().getLong(0);
          return new Result(now.counts(), before.counts(), participants, previousParticipants,
              profiles(all.resultAt(4)));
        });
  }

  static Map<ProfileDimension, Map<String, Long>> profiles(RowSet<Row> rows) {
    Map<ProfileDimension, Map<String, Long>> profiles = new EnumMap<>(ProfileDimension.class);
    for (Row row : rows) {
      ProfileDimension dimension = switch (row.getInteger("grouping_set")) {
        case 7 -> ProfileDimension.LANGUAGE;
        case 11 -> ProfileDimension.GENDER;
        case 13 -> ProfileDimension.AGE_BAND;
        case 14 -> ProfileDimension.DISABILITY;
        default -> throw new IllegalStateException("unexpected grouping set " + row.getInteger("grouping_set"));
      };
      long messages = row.getLong("messages");
      if (messages > 0) {
        profiles.computeIfAbsent(dimension, d -> new HashMap<>())
            .merge(row.getString(dimension.key()), messages, Long::sum);
      }
    }
    return profiles;
  }
}
