package org.sikiza.gateway.reports;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.sikiza.gateway.store.DatabaseBootstrap;
import org.sikiza.gateway.store.DatabaseConnections;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.ReportService;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.catalogue.CountyDirectory;
import org.sikiza.reporting.catalogue.ThemeCatalogue;
import org.sikiza.reporting.figures.CountyFigures;
import org.sikiza.reporting.render.JsonReportWriter;
import org.sikiza.reporting.ReportLanguage;
import org.sikiza.reporting.suppression.SmallCellRule;

/**
 * {@code sikiza.jar bench-reports}: fills a scratch database with synthetic messages (see {@link SyntheticMessages}),
 * then times county reports and the national overview as the API builds them (queries, suppression, quotes, JSON),
 * next to a naive GROUP BY over messages and labels for the same figures, in the same run. Prints figures; asserts
 * nothing except that both ways count the same.
 */
public final class ReportBenchmark {

  /** What to fill and how often to measure. */
  public record Settings(String databaseUrl, long messages, int days, int runs, boolean reuse, ZoneId zone) {}

  /** The same theme counts as the county report, from messages and labels directly. */
  static final String NAIVE_COUNTY_THEMES = """
      SELECT l.theme, count(*) FILTER (WHERE m.received_at >= $3) AS now,
             count(*) FILTER (WHERE m.received_at < $3) AS before
      FROM messages m JOIN message_labels l ON l.message_id = m.id
      WHERE m.county = $1 AND m.received_at >= $2 AND m.received_at < $4 AND m.classified_at IS NOT NULL
        AND (l.origin = 'human'
             OR NOT EXISTS (SELECT 1 FROM message_labels h WHERE h.message_id = m.id AND h.origin = 'human'))
      GROUP BY l.theme""";

  static final String NAIVE_COUNTY_PEOPLE = """
      SELECT count(DISTINCT participant_id) FILTER (WHERE received_at >= $3) AS participants,
             count(DISTINCT participant_id) FILTER (WHERE received_at < $3) AS previous_participants,
             count(*) FILTER (WHERE received_at >= $3 AND NOT is_other) AS feedback
      FROM messages
      WHERE county = $1 AND received_at >= $2 AND received_at < $4 AND classified_at IS NOT NULL""";

  static final String NAIVE_COUNTY_PROFILES = """
      SELECT channel, language, gender, count(*) FROM messages
      WHERE county = $1 AND received_at >= $2 AND received_at < $3 AND classified_at IS NOT NULL AND NOT is_other
      GROUP BY GROUPING SETS ((channel), (language), (gender))""";

  static final String NAIVE_OVERVIEW = """
      SELECT coalesce(m.county, 'unknown') AS county, l.theme,
             date_trunc('week', (m.received_at AT TIME ZONE $3))::date AS week, count(*)
      FROM messages m JOIN message_labels l ON l.message_id = m.id
      WHERE m.received_at >= $1 AND m.received_at < $2 AND m.classified_at IS NOT NULL
      GROUP BY 1, 2, 3""";

  static final String NAIVE_OVERVIEW_TOTALS = """
      SELECT coalesce(county, 'unknown'), count(*) FILTER (WHERE NOT is_other) FROM messages
      WHERE received_at >= $1 AND received_at < $2 AND classified_at IS NOT NULL GROUP BY 1""";

  private static final int WARM_UP = 10;
  /** The naive queries take seconds each: fewer runs, one warm-up (year-long ones: a single run). */
  private static final int NAIVE_RUNS = 3;

  private final Settings settings;
  private final PrintStream out;

  public ReportBenchmark(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public int run() {
    Vertx vertx = Vertx.vertx();
    try {
      String name = DatabaseConnections.options(settings.databaseUrl()).getDatabase();
      if (!name.matches("[A-Za-z0-9_]+") || !name.contains("bench")) {
        throw new IllegalArgumentException("bench-reports drops and fills its database: give one whose name contains "
            + "'bench', e.g. postgresql://postgres@localhost:5432/sikiza_reports_bench");
      }
      CountyDirectory counties = CountyDirectory.loadDefault();
      Pool pool;
      long filledMs = -1;
      if (settings.reuse() && existingMessages(vertx) == settings.messages()) {
        pool = DatabaseBootstrap.openMigrated(vertx, settings.databaseUrl(), 4).await();
        out.printf("Reusing %s: %,d messages already there.%n", DatabaseConnections.describe(settings.databaseUrl()),
            settings.messages());
      } else {
        recreate(vertx, name);
        pool = DatabaseBootstrap.openMigrated(vertx, settings.databaseUrl(), 4).await();
        ReportDatabaseSetup.useTimeZone(pool, settings.zone()).await();
        out.printf("Filling %s with %,d synthetic messages over %d days (labels, rollups, indexes) ...%n",
            DatabaseConnections.describe(settings.databaseUrl()), settings.messages(), settings.days());
        long started = System.nanoTime();
        SyntheticMessages.fill(pool, counties, settings.zone(), settings.messages(), settings.days()).await();
        filledMs = (System.nanoTime() - started) / 1_000_000;
        out.printf("Filled in %.1f s.%n", filledMs / 1000.0);
      }
      printSizes(pool);
      measure(pool, counties);
      return 0;
    } finally {
      vertx.close().await();
    }
  }

  private void measure(Pool pool, CountyDirectory counties) {
    ReportService service = new ReportService(pool, settings.zone(), Clock.systemUTC(), ThemeCatalogue.loadDefault(),
        counties, SmallCellRule.DEFAULT);
    ReportPeriod month = ReportPeriod.lastDays(service.today(), 30);
    ReportPeriod year = ReportPeriod.lastDays(service.today(), Math.min(365, settings.days()));
    List<String[]> table = new ArrayList<>();
    for (String code : List.of("nairobi", "kisumu", "lamu")) {
      County county = counties.find(code).orElseThrow();
      checkAgreement(pool, service, county, month);
      table.add(row("county report, " + code + ", last 30 days",
          times(settings.runs(), () -> service.county(county, month, ReportFilter.NONE, ReportLanguage.EN)
              .map(report -> JsonReportWriter.county(report, ReportLanguage.EN))),
          naiveTimes(NAIVE_RUNS, () -> naiveCounty(pool, county, month))));
    }
    County nairobi = counties.find("nairobi").orElseThrow();
    table.add(row("county report, nairobi, last " + year.days() + " days",
        times(settings.runs(), () -> service.county(nairobi, year, ReportFilter.NONE, ReportLanguage.EN)
            .map(report -> JsonReportWriter.county(report, ReportLanguage.EN))),
        naiveTimes(1, () -> naiveCounty(pool, nairobi, year))));
    table.add(row("national overview, last 30 days",
        times(settings.runs(), () -> service.overview(month, ReportFilter.NONE, ReportLanguage.EN)
            .map(report -> JsonReportWriter.overview(report, ReportLanguage.EN))),
        naiveTimes(NAIVE_RUNS, () -> naiveOverview(pool, month))));
    table.add(row("national overview, last " + year.days() + " days",
        times(Math.max(5, settings.runs() / 5), () -> service.overview(year, ReportFilter.NONE, ReportLanguage.EN)
            .map(report -> JsonReportWriter.overview(report, ReportLanguage.EN))),
        naiveTimes(1, () -> naiveOverview(pool, year))));

    out.println();
    out.printf("%-44s %10s %10s   %14s %10s%n", "figure (JSON built, suppressed)", "rollups p50", "p95",
        "naive GROUP BY p50", "p95");
    for (String[] line : table) {
      out.printf("%-44s %10s %10s   %14s %10s%n", (Object[]) line);
    }
    out.printf("%nRollup timings: %d runs each after %d warm-up runs (overview over a year: fewer); naive: %d runs "
        + "after one warm-up (over a year: one run). Same JVM, same database, same run. Machine load now: %s%n",
        settings.runs(), WARM_UP, NAIVE_RUNS, loadAverage());
  }

  /** Fails loudly when the rollups and a recount from messages disagree on a county's theme counts. */
  private void checkAgreement(Pool pool, ReportService service, County county, ReportPeriod period) {
    CountyFigures figures = service.countyFigures(county, period, ReportFilter.NONE).await();
    Map<String, Long> naive = new TreeMap<>();
    for (Row row : pool.preparedQuery(NAIVE_COUNTY_THEMES).execute(Tuple.of(county.code(),
        period.previous().startIn(settings.zone()).toOffsetDateTime(),
        period.startIn(settings.zone()).toOffsetDateTime(), period.endIn(settings.zone()).toOffsetDateTime()))
        .await()) {
      if (!row.getString("theme").equals("OTHER") && row.getLong("now") > 0) {
        naive.put(row.getString("theme"), row.getLong("now"));
      }
    }
    if (!naive.equals(new TreeMap<>(figures.current().themes()))) {
      throw new IllegalStateException("rollups and messages disagree for " + county.code() + ": " + naive + " vs "
          + figures.current().themes());
    }
    out.printf("Checked: %s, %s..%s, rollups and a recount from messages agree (%,d feedback messages).%n",
        county.code(), period.from(), period.to(), figures.current().feedback());
  }

  private Future<?> naiveCounty(Pool pool, County county, ReportPeriod period) {
    Tuple both = Tuple.of(county.code(), period.previous().startIn(settings.zone()).toOffsetDateTime(),
        period.startIn(settings.zone()).toOffsetDateTime(), period.endIn(settings.zone()).toOffsetDateTime());
    return Future.all(
        pool.preparedQuery(NAIVE_COUNTY_THEMES).execute(both),
        pool.preparedQuery(NAIVE_COUNTY_PEOPLE).execute(both),
        pool.preparedQuery(NAIVE_COUNTY_PROFILES).execute(Tuple.of(county.code(),
            period.startIn(settings.zone()).toOffsetDateTime(), period.endIn(settings.zone()).toOffsetDateTime())));
  }

  private Future<?> naiveOverview(Pool pool, ReportPeriod period) {
    Tuple range = Tuple.of(period.startIn(settings.zone()).toOffsetDateTime(),
        period.endIn(settings.zone()).toOffsetDateTime());
    return Future.all(
        pool.preparedQuery(NAIVE_OVERVIEW).execute(Tuple.of(range.getValue(0), range.getValue(1),
            settings.zone().getId())),
        pool.preparedQuery(NAIVE_OVERVIEW_TOTALS).execute(range));
  }

  private static List<Long> times(int runs, Supplier<Future<?>> work) {
    return times(runs, Math.min(WARM_UP, runs), work);
  }

  private static List<Long> naiveTimes(int runs, Supplier<Future<?>> work) {
    return times(runs, runs > 1 ? 1 : 0, work);
  }

  private static List<Long> times(int runs, int warmUp, Supplier<Future<?>> work) {
    for (int i = 0; i < warmUp; i++) {
      work.get().await();
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      work.get().await();
      nanos.add(System.nanoTime() - started);
    }
    Collections.sort(nanos);
    return nanos;
  }

  private static String[] row(String figure, List<Long> rollups, List<Long> naive) {
    return new String[] {figure, ms(percentile(rollups, 50)), ms(percentile(rollups, 95)),
        ms(percentile(naive, 50)), ms(percentile(naive, 95))};
  }

  private static String loadAverage() {
    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format(Locale.ROOT, "%.2f (1-minute load average, %d cores)", load,
        Runtime.getRuntime().availableProcessors());
  }

  static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static String ms(long nanos) {
    double ms = nanos / 1e6;
    return ms >= 100 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.1f ms", ms);
  }

  private void printSizes(Pool pool) {
    Row row = pool.query("""
        SELECT (SELECT count(*) FROM messages) AS messages, (SELECT count(*) FROM message_labels) AS labels,
               (SELECT count(*) FROM theme_rollups) AS theme_rollups,
               (SELECT count(*) FROM county_participants) AS participants,
               pg_size_pretty(pg_database_size(current_database())) AS size""").execute().await().iterator().next();
    out.printf("Database: %,d messages, %,d labels, %,d theme rollup rows, %,d county-participant-day rows, %s.%n",
        row.getLong("messages"), row.getLong("labels"), row.getLong("theme_rollups"), row.getLong("participants"),
        row.getString("size"));
  }

  private long existingMessages(Vertx vertx) {
    try {
      PgConnection conn = PgConnection.connect(vertx, DatabaseConnections.options(settings.databaseUrl())).await();
      try {
        return conn.query("SELECT count(*) FROM messages").execute().await().iterator().next().getLong(0);
      } finally {
        conn.close().await();
      }
    } catch (Exception e) {
      return -1;
    }
  }

  private void recreate(Vertx vertx, String name) {
    PgConnectOptions target = DatabaseConnections.options(settings.databaseUrl());
    PgConnection conn = PgConnection.connect(vertx, new PgConnectOptions(target).setDatabase("postgres")).await();
    try {
      conn.query("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)").execute().await();
      conn.query("CREATE DATABASE \"" + name + "\"").execute().await();
      // A scratch database: no fsync wait per commit, room for sorts and index builds.
      conn.query("ALTER DATABASE \"" + name + "\" SET synchronous_commit = off").execute().await();
      conn.query("ALTER DATABASE \"" + name + "\" SET work_mem = '256MB'").execute().await();
      conn.query("ALTER DATABASE \"" + name + "\" SET maintenance_work_mem = '512MB'").execute().await();
    } finally {
      conn.close().await();
    }
  }
}
