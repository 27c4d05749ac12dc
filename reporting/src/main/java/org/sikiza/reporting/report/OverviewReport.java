package org.sikiza.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.catalogue.Theme;
import org.sikiza.reporting.suppression.Count;

/**
 * The national overview as published: counties × themes, national totals, and weekly counts per theme, all
 * suppressed consistently with the county reports of the same period.
 *
 * @param themes      the SDG themes, in column order
 * @param themeTotals national messages per theme, in column order
 * @param weeks       the Monday of each week of the trend (the first and last may be cut by the period)
 */
public record OverviewReport(
    ReportPeriod period,
    ReportFilter filter,
    int minCell,
    List<Theme> themes,
    List<CountyRow> counties,
    List<Count> themeTotals,
    Count total,
    List<LocalDate> weeks,
    List<TrendSeries> trend,
    Instant generatedAt) {

  public OverviewReport {
    themes = List.copyOf(themes);
    counties = List.copyOf(counties);
    themeTotals = List.copyOf(themeTotals);
    weeks = List.copyOf(weeks);
    trend = List.copyOf(trend);
  }
}
