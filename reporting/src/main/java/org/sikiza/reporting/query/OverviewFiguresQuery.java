package org.sikiza.reporting.query;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.catalogue.ThemeCatalogue;
import org.sikiza.reporting.figures.OverviewFigures;
import org.sikiza.reporting.figures.PeriodCounts;

/**
 * The national overview's counts from the rollups: every county × theme, and each theme's national count per
 * week (weeks start on Monday and are cut to the period). One pass over theme_rollups, one over message_rollups.
 */
public final class OverviewFiguresQuery {

  /** $1 first day, $2 last day, $3 channel or null. */
  static final String THEMES = """
      SELECT county, theme, channel, date_trunc('week', day::timestamp)::date AS week, sum(messages)::bigint AS messages
      FROM theme_rollups
      WHERE day BETWEEN $1 AND $2 AND ($3::text IS NULL OR channel = $3)
      GROUP BY county, theme, channel, week""";

  static final String MESSAGES = """
      SELECT county, channel, sum(messages)::bigint AS messages
      FROM message_rollups
      WHERE day BETWEEN $1 AND $2 AND ($3::text IS NULL OR channel = $3)
      GROUP BY county, channel""";

  private final Pool pool;

  public OverviewFiguresQuery(Pool pool) {
    this.pool = pool;
  }

  public Future<OverviewFigures> run(ReportPeriod period, String channel) {
    Tuple params = Tuple.of(period.from(), period.to(), channel);
    return Future.all(CustomPlans.execute(pool, THEMES, params), CustomPlans.execute(pool, MESSAGES, params))
        .map(all -> {
          List<LocalDate> weeks = weeks(period);
          Map<String, PeriodTally> tallies = new HashMap<>();
          Map<String, long[]> weekly = new HashMap<>();
          for (Row row : all.<RowSet<Row>>resultAt(0)) {
            String theme = row.getString("theme");
            long messages = row.getLong("messages");
            tallies.computeIfAbsent(row.getString("county"), c -> new PeriodTally())
                .theme(theme, row.getString("channel"), messages);
            if (!ThemeCatalogue.OTHER.equals(theme)) {
              int week = weeks.indexOf(row.getLocalDate("week"));
              weekly.computeIfAbsent(theme, t -> new long[weeks.size()])[week] += messages;
            }
          }
          for (Row row : all.<RowSet<Row>>resultAt(1)) {
            tallies.computeIfAbsent(row.getString("county"), c -> new PeriodTally())
                .messages(row.getString("channel"), row.getLong("messages"));
          }
          Map<String, PeriodCounts> counties = new HashMap<>();
          tallies.forEach((county, tally) -> counties.put(county, tally.counts()));
          return new OverviewFigures(counties, weeks, weekly);
        });
  }

  /** The Monday of every week the period touches. */
  public static List<LocalDate> weeks(ReportPeriod period) {
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate monday = period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        !monday.isAfter(period.to()); monday = monday.plusWeeks(1)) {
      weeks.add(monday);
    }
    return weeks;
  }
}
