package org.sikiza.reporting.render;

import org.sikiza.reporting.ReportLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sikiza.reporting.catalogue.Theme;
import org.sikiza.reporting.report.CountyRow;
import org.sikiza.reporting.report.OverviewReport;
import org.sikiza.reporting.report.TrendSeries;
import org.sikiza.reporting.suppression.Count;

/** What the overview template shows, already worded and formatted: heat map, top themes, weekly trend. */
public record OverviewPage(
    String lang,
    Map<String, String> t,
    boolean pdf,
    PageLinks links,
    String periodText,
    String filterText,
    String totalText,
    Long total,
    List<Column> columns,
    List<HeatRow> rows,
    List<String> weeks,
    List<TrendRow> trend,
    String suppressedNote,
    String generated) {

  /** A theme column of the heat map, with its national count. */
  public record Column(String code, String name, String colour, String countText, Long count, boolean suppressed) {}

  /** A county row of the heat map. */
  public record HeatRow(String code, String slug, String name, boolean known, String totalText, Long total,
      boolean totalSuppressed, List<HeatCell> cells, String topTheme, String topThemeName, boolean topHidden) {}

  /** A cell: its text, its value for data attributes, and its shade (share of the county's feedback). */
  public record HeatCell(String theme, String text, Long count, boolean suppressed, String background,
      String foreground) {}

  /** A theme's weekly counts, with the sparkline's bar heights. */
  public record TrendRow(String code, String name, String colour, List<TrendCell> weeks) {}

  /** One week of a theme. */
  public record TrendCell(String text, Long count, boolean suppressed, int barHeight, int barY, int x) {}

  public static OverviewPage of(OverviewReport report, ReportLanguage language, PageLinks links, boolean pdf) {
    Map<String, String> t = ReportText.of(language);
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < report.themes().size(); i++) {
      Theme theme = report.themes().get(i);
      Count count = report.themeTotals().get(i);
      columns.add(new Column(theme.code(), theme.name(language), theme.colour(), NumberText.count(count),
          count.value(), count.suppressed()));
    }
    List<HeatRow> rows = new ArrayList<>();
    for (CountyRow row : report.counties()) {
      List<HeatCell> cells = new ArrayList<>();
      for (int i = 0; i < row.cells().size(); i++) {
        Count cell = row.cells().get(i);
        double share = cell.suppressed() ? -1 : row.total().shown() && row.total().get() > 0
            ? Math.min(1.0, (double) cell.get() / row.total().get()) : 0;
        cells.add(new HeatCell(report.themes().get(i).code(), NumberText.count(cell), cell.value(),
            cell.suppressed(), shade(share), share > 0.45 ? "#FFFFFF" : "#1B1B1B"));
      }
      String topName = row.topTheme() == null ? null : report.themes().stream()
          .filter(theme -> theme.code().equals(row.topTheme())).findFirst().map(theme -> theme.name(language))
          .orElse(row.topTheme());
      rows.add(new HeatRow(row.county().code(), row.county().slug(), row.county().name(),
          !row.county().code().equals("unknown"), NumberText.count(row.total()), row.total().value(),
          row.total().suppressed(), cells, row.topTheme(), topName, row.topThemeHidden()));
    }
    List<TrendRow> trend = new ArrayList<>();
    for (TrendSeries series : report.trend()) {
      long max = series.weeks().stream().filter(Count::shown).mapToLong(Count::get).max().orElse(0);
      List<TrendCell> weeks = new ArrayList<>();
      for (int w = 0; w < series.weeks().size(); w++) {
        Count count = series.weeks().get(w);
        int height = count.shown() && max > 0 ? (int) Math.round(20.0 * count.get() / max) : 0;
        weeks.add(new TrendCell(NumberText.count(count), count.value(), count.suppressed(), height, 22 - height,
            w * 8));
      }
      trend.add(new TrendRow(series.code(), series.name(), series.colour(), weeks));
    }
    return new OverviewPage(language.tag(), t, pdf, links, CountyPage.period(report.period(), t),
        CountyPage.filterText(report.filter(), t), NumberText.count(report.total()), report.total().value(), columns,
        rows, report.weeks().stream().map(NumberText::day).toList(), trend,
        t.get("suppressed_note").replace("{k}", Integer.toString(report.minCell())), report.generatedAt().toString());
  }

  /** A blue from white (0%) to dark (100% of the county's feedback); grey hatching for a hidden cell. */
  static String shade(double share) {
    if (share < 0) {
      return "#EDEDED";
    }
    double s = Math.sqrt(share);
    int r = (int) Math.round(255 - s * (255 - 0));
    int g = (int) Math.round(255 - s * (255 - 104));
    int b = (int) Math.round(255 - s * (255 - 157));
    return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, b);
  }
}
