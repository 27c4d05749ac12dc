package org.sikiza.reporting;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.catalogue.CountyDirectory;
import org.sikiza.reporting.catalogue.ThemeCatalogue;
import org.sikiza.reporting.figures.CountyFigures;
import org.sikiza.reporting.figures.OverviewFigures;
import org.sikiza.reporting.query.MessageFiguresQuery;
import org.sikiza.reporting.query.OverviewFiguresQuery;
import org.sikiza.reporting.query.QuoteCandidatesQuery;
import org.sikiza.reporting.query.ReportScope;
import org.sikiza.reporting.query.RollupFiguresQuery;
import org.sikiza.reporting.quotes.QuoteCandidate;
import org.sikiza.reporting.quotes.QuoteScrubber;
import org.sikiza.reporting.quotes.QuoteSelector;
import org.sikiza.reporting.ReportLanguage;
import org.sikiza.reporting.report.CountyReport;
import org.sikiza.reporting.report.CountyReportAssembler;
import org.sikiza.reporting.report.OverviewReport;
import org.sikiza.reporting.report.OverviewReportAssembler;
import org.sikiza.reporting.suppression.SmallCellRule;

/**
 * Builds county reports and the national overview: reads the figures (rollups, or a programme's messages), then
 * suppresses and scrubs them into the published report. Thread-safe; one per gateway.
 */
public final class ReportService {

  static final String PROGRAMME_BY_SLUG = "SELECT id FROM programmes WHERE slug = $1";
  static final String EPISODE_PROGRAMME = "SELECT programme_id FROM episodes WHERE id = $1";

  private final Pool pool;
  private final ZoneId zone;
  private final Clock clock;
  private final ThemeCatalogue themes;
  private final CountyDirectory counties;
  private final SmallCellRule rule;
  private final RollupFiguresQuery rollups;
  private final MessageFiguresQuery messages;
  private final QuoteCandidatesQuery quotes;
  private final OverviewFiguresQuery overview;
  private final CountyReportAssembler countyAssembler;
  private final OverviewReportAssembler overviewAssembler;

  public ReportService(Pool pool, ZoneId zone, Clock clock, ThemeCatalogue themes, CountyDirectory counties,
      SmallCellRule rule) {
    this.pool = pool;
    this.zone = zone;
    this.clock = clock;
    this.themes = themes;
    this.counties = counties;
    this.rule = rule;
    this.rollups = new RollupFiguresQuery(pool);
    this.messages = new MessageFiguresQuery(pool);
    this.quotes = new QuoteCandidatesQuery(pool);
    this.overview = new OverviewFiguresQuery(pool);
    this.countyAssembler = new CountyReportAssembler(themes, rule, new QuoteSelector(new QuoteScrubber()));
    this.overviewAssembler = new OverviewReportAssembler(themes, counties, rule);
  }

  public ThemeCatalogue themes() {
    return themes;
  }

  public CountyDirectory counties() {
    return counties;
  }

  public SmallCellRule rule() {
    return rule;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Today in the deployment's time zone: the last day of the default period. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  public Future<CountyReport> county(County county, ReportPeriod period, ReportFilter filter,
      ReportLanguage language) {
    return countyFigures(county, period, filter)
        .map(figures -> countyAssembler.assemble(county, period, filter, figures, language, clock.instant()));
  }

  public Future<OverviewReport> overview(ReportPeriod period, ReportFilter filter, ReportLanguage language) {
    if (filter.needsMessages()) {
      return Future.failedFuture(new UnknownFilterException(
          "programme and episode filters apply to county reports only"));
    }
    return overviewFigures(period, filter)
        .map(figures -> overviewAssembler.assemble(period, filter, figures, language, clock.instant()));
  }

  /** The raw figures of a county report: unsuppressed, for the assembler and the benchmark only. */
  public Future<CountyFigures> countyFigures(County county, ReportPeriod period, ReportFilter filter) {
    return scope(county, period, filter).compose(scope -> {
      Future<RollupFiguresQuery.Result> counts = scope.needsMessages() ? messages.run(scope) : rollups.run(scope);
      Future<List<QuoteCandidate>> candidates = quotes.run(scope);
      return Future.all(counts, candidates).map(all -> {
        RollupFiguresQuery.Result result = all.resultAt(0);
        return new CountyFigures(result.current(), result.previous(), result.participants(),
            result.previousParticipants(), result.profiles(), all.resultAt(1));
      });
    });
  }

  public Future<OverviewFigures> overviewFigures(ReportPeriod period, ReportFilter filter) {
    return overview.run(period, filter.channel().orElse(null));
  }

  private Future<ReportScope> scope(County county, ReportPeriod period, ReportFilter filter) {
    String channel = filter.channel().orElse(null);
    if (!filter.needsMessages()) {
      return Future.succeededFuture(new ReportScope(county.code(), period, channel, null, null, zone));
    }
    Future<Long> programme = filter.programme().isEmpty() ? Future.succeededFuture(null)
        : single(PROGRAMME_BY_SLUG, filter.programme().get(), "no programme " + filter.programme().get());
    Future<Long> episodeProgramme = filter.episode().isEmpty() ? Future.succeededFuture(null)
        : single(EPISODE_PROGRAMME, filter.episode().get(), "no episode " + filter.episode().get());
    return Future.all(programme, episodeProgramme).map(all -> {
      Long programmeId = all.resultAt(0);
      Long ofEpisode = all.resultAt(1);
      if (programmeId != null && ofEpisode != null && !programmeId.equals(ofEpisode)) {
        throw new UnknownFilterException("episode " + filter.episode().get() + " is not an episode of programme "
            + filter.programme().get());
      }
      return new ReportScope(county.code(), period, channel, programmeId != null ? programmeId : ofEpisode,
          filter.episode().orElse(null), zone);
    });
  }

  private Future<Long> single(String sql, Object parameter, String missing) {
    return pool.preparedQuery(sql).execute(Tuple.of(parameter)).map((RowSet<Row> rows) -> {
      if (rows.size() == 0) {
        throw new UnknownFilterException(missing);
      }
      return rows.iterator().next().getLong(0);
    });
  }
}
