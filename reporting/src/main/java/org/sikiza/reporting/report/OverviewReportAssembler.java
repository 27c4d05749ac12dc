package org.sikiza.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.catalogue.CountyDirectory;
import org.sikiza.reporting.catalogue.Theme;
import org.sikiza.reporting.catalogue.ThemeCatalogue;
import org.sikiza.reporting.figures.OverviewFigures;
import org.sikiza.reporting.figures.PeriodCounts;
import org.sikiza.reporting.ReportLanguage;
import org.sikiza.reporting.suppression.Count;
import org.sikiza.reporting.suppression.OverviewSuppression;
import org.sikiza.reporting.suppression.SmallCellRule;

/**
 * Turns the national figures into the published {@link OverviewReport}: every county of the directory (and the
 * messages whose county is not known), suppressed by {@link OverviewSuppression}.
 */
public final class OverviewReportAssembler {

  private final ThemeCatalogue catalogue;
  private final CountyDirectory directory;
  private final SmallCellRule rule;

  public OverviewReportAssembler(ThemeCatalogue catalogue, CountyDirectory directory, SmallCellRule rule) {
    this.catalogue = catalogue;
    this.directory = directory;
    this.rule = rule;
  }

  public OverviewReport assemble(ReportPeriod period, ReportFilter filter, OverviewFigures figures,
      ReportLanguage language, Instant now) {
    List<Theme> themes = catalogue.sdgThemes();
    List<County> counties = new ArrayList<>(directory.all());
    if (figures.counties().containsKey(County.UNKNOWN.code())) {
      counties.add(County.UNKNOWN);
    }
    long[][] cells = new long[counties.size()][themes.size()];
    long[] totals = new long[counties.size()];
    for (int r = 0; r < counties.size(); r++) {
      PeriodCounts counts = figures.counties().getOrDefault(counties.get(r).code(), PeriodCounts.EMPTY);
      totals[r] = counts.feedback();
      for (int t = 0; t < themes.size(); t++) {
        cells[r][t] = counts.theme(themes.get(t).code());
      }
    }
    List<LocalDate> weeks = figures.weeks();
    long[][] weekly = new long[themes.size()][];
    for (int t = 0; t < themes.size(); t++) {
      weekly[t] = figures.weekly().getOrDefault(themes.get(t).code(), new long[weeks.size()]);
    }
    OverviewSuppression.Result hidden = OverviewSuppression.suppress(cells, totals, weekly, rule);

    List<CountyRow> rows = new ArrayList<>();
    for (int r = 0; r < counties.size(); r++) {
      List<Count> rowCells = new ArrayList<>();
      int top = -1;
      for (int t = 0; t < themes.size(); t++) {
        rowCells.add(Count.of(cells[r][t], hidden.cells()[r][t]));
        if (cells[r][t] > 0 && (top < 0 || cells[r][t] > cells[r][top])) {
          top = t;
        }
      }
      boolean topHidden = top >= 0 && hidden.cells()[r][top];
      rows.add(new CountyRow(counties.get(r), Count.of(totals[r], hidden.countyTotals()[r]), rowCells,
          top < 0 || topHidden ? null : themes.get(top).code(), topHidden));
    }
    List<Count> themeTotals = new ArrayList<>();
    long national = 0;
    for (int t = 0; t < themes.size(); t++) {
      long sum = 0;
      for (long[] row : cells) {
        sum += row[t];
      }
      themeTotals.add(Count.of(sum, hidden.themeTotals()[t]));
    }
    for (long total : totals) {
      national += total;
    }
    List<TrendSeries> trend = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) {
      List<Count> series = new ArrayList<>();
      for (int w = 0; w < weeks.size(); w++) {
        series.add(Count.of(weekly[t][w], hidden.weeks()[t][w]));
      }
      Theme theme = themes.get(t);
      trend.add(new TrendSeries(theme.code(), theme.name(language), theme.colour(), series));
    }
    return new OverviewReport(period, filter, rule.minCell(), themes, rows, themeTotals,
        Count.of(national, hidden.nationalTotal()), weeks, trend, now);
  }
}
