package org.sikiza.reporting.render;

import org.sikiza.reporting.ReportLanguage;
import java.util.List;
import org.sikiza.reporting.report.Breakdown;
import org.sikiza.reporting.report.BreakdownLine;
import org.sikiza.reporting.report.CountyReport;
import org.sikiza.reporting.report.CountyRow;
import org.sikiza.reporting.report.OverviewReport;
import org.sikiza.reporting.report.ThemeLine;
import org.sikiza.reporting.report.TrendSeries;
import org.sikiza.reporting.suppression.Count;

/**
 * County reports and the overview as CSV, one figure per row with a {@code count} column (empty and
 * {@code suppressed=true} when hidden). Quotes are not in the CSV: it is for numbers.
 */
public final class CsvReportWriter {

  static final List<String> COUNTY_HEADER = List.of("section", "key", "label", "count", "share", "previous_count",
      "change", "suppressed", "county", "from", "to");
  static final List<String> OVERVIEW_HEADER = List.of("section", "county", "county_name", "theme", "theme_name",
      "week", "count", "suppressed", "from", "to");

  private CsvReportWriter() {
  }

  public static byte[] county(CountyReport report, ReportLanguage language) {
    CsvWriter csv = new CsvWriter().row(COUNTY_HEADER);
    String county = report.county().code();
    String from = report.period().from().toString();
    String to = report.period().to().toString();
    summary(csv, "feedback_messages", ReportText.get(language, "feedback_messages"), report.total(), null,
        report.previousTotal(), report.totalChange(), county, from, to);
    summary(csv, "participants", ReportText.get(language, "participants"), report.participants(), null,
        report.previousParticipants(), report.participantsChange(), county, from, to);
    summary(csv, "other_messages", ReportText.get(language, "other_messages"), report.other(), null, null, null,
        county, from, to);
    for (ThemeLine line : report.themes()) {
      csv.text("theme").text(line.code()).text(line.name()).number(line.count().value()).decimal(line.share())
          .number(line.previous().value()).number(line.change().value()).bool(line.count().suppressed())
          .text(county).text(from).text(to).end();
    }
    for (Breakdown breakdown : report.breakdowns()) {
      for (BreakdownLine line : breakdown.lines()) {
        csv.text("breakdown." + breakdown.key()).text(line.notRecorded() ? "not_recorded" : line.value())
            .text(line.label()).number(line.count().value()).decimal(line.share()).number(null).number(null)
            .bool(line.count().suppressed()).text(county).text(from).text(to).end();
      }
    }
    return csv.bytes();
  }

  private static void summary(CsvWriter csv, String key, String label, Count count, Double share, Count previous,
      Count change, String county, String from, String to) {
    csv.text("summary").text(key).text(label).number(count.value()).decimal(share)
        .number(previous == null ? null : previous.value()).number(change == null ? null : change.value())
        .bool(count.suppressed()).text(county).text(from).text(to).end();
  }

  public static byte[] overview(OverviewReport report) {
    CsvWriter csv = new CsvWriter().row(OVERVIEW_HEADER);
    String from = report.period().from().toString();
    String to = report.period().to().toString();
    for (CountyRow row : report.counties()) {
      cell(csv, "county_total", row.county().code(), row.county().name(), "", "", "", row.total(), from, to);
      for (int t = 0; t < report.themes().size(); t++) {
        cell(csv, "county_theme", row.county().code(), row.county().name(), report.themes().get(t).code(),
            report.themes().get(t).nameEn(), "", row.cells().get(t), from, to);
      }
    }
    for (int t = 0; t < report.themes().size(); t++) {
      cell(csv, "national_theme", "", "", report.themes().get(t).code(), report.themes().get(t).nameEn(), "",
          report.themeTotals().get(t), from, to);
    }
    cell(csv, "national_total", "", "", "", "", "", report.total(), from, to);
    for (TrendSeries series : report.trend()) {
      for (int w = 0; w < report.weeks().size(); w++) {
        cell(csv, "week", "", "", series.code(), series.name(), report.weeks().get(w).toString(),
            series.weeks().get(w), from, to);
      }
    }
    return csv.bytes();
  }

  private static void cell(CsvWriter csv, String section, String county, String countyName, String theme,
      String themeName, String week, Count count, String from, String to) {
    csv.text(section).text(county).text(countyName).text(theme).text(themeName).text(week).number(count.value())
        .bool(count.suppressed()).text(from).text(to).end();
  }
}
