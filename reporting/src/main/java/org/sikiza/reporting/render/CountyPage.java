package org.sikiza.reporting.render;

import org.sikiza.reporting.ReportLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.report.Breakdown;
import org.sikiza.reporting.report.BreakdownLine;
import org.sikiza.reporting.report.CountyReport;
import org.sikiza.reporting.report.ThemeLine;
import org.sikiza.reporting.suppression.Count;

/**
 * What the county report template shows, already worded and formatted: the template only lays it out (and escapes
 * it). {@code data-*} values in the page come from the same published counts as the JSON.
 */
public record CountyPage(
    String lang,
    Map<String, String> t,
    boolean pdf,
    PageLinks links,
    String countyName,
    String countySlug,
    String periodText,
    String previousPeriodText,
    String filterText,
    List<KeyFigure> keyFigures,
    BarChart chart,
    List<ThemeRow> themes,
    List<ThemeRow> focus,
    List<BreakdownView> breakdowns,
    List<ThemeRow> quoted,
    boolean noFeedback,
    String suppressedNote,
    String generated) {

  /** A headline figure: feedback messages, participants, not feedback. */
  public record KeyFigure(String key, String label, String valueText, Long value, boolean suppressed,
      String changeText) {}

  /** A theme as a table row. */
  public record ThemeRow(String code, String name, String colour, String countText, Long count, boolean suppressed,
      String shareText, String previousText, String changeText, List<String> quotes) {}

  /** A breakdown as a small table. */
  public record BreakdownView(String key, String title, boolean recorded, List<LineView> lines) {}

  /** One line of a breakdown. */
  public record LineView(String value, String label, String countText, Long count, boolean suppressed,
      String shareText) {}

  public static CountyPage of(CountyReport report, ReportLanguage language, PageLinks links, boolean pdf) {
    Map<String, String> t = ReportText.of(language);
    List<ThemeRow> themes = report.themes().stream().map(CountyPage::row).toList();
    List<ThemeRow> focus = report.focus().stream().map(CountyPage::row).toList();
    List<ThemeRow> quoted = themes.stream().filter(row -> !row.quotes().isEmpty())
        .sorted((a, b) -> Long.compare(b.count() == null ? 0 : b.count(), a.count() == null ? 0 : a.count()))
        .limit(pdf ? 5 : themes.size()).toList();
    List<BarChart.Input> bars = new ArrayList<>();
    for (ThemeLine line : report.themes()) {
      bars.add(new BarChart.Input(line.code(), line.code(), line.colour(), line.count().value()));
    }
    List<KeyFigure> figures = List.of(
        figure("feedback_messages", t.get("feedback_messages"), report.total(), report.totalChange()),
        figure("participants", t.get("participants"), report.participants(), report.participantsChange()),
        figure("other_messages", t.get("other_messages"), report.other(), null));
    List<BreakdownView> breakdowns = new ArrayList<>();
    for (Breakdown breakdown : report.breakdowns()) {
      List<LineView> lines = new ArrayList<>();
      for (BreakdownLine line : breakdown.lines()) {
        lines.add(new LineView(line.value(), line.label(), NumberText.count(line.count()), line.count().value(),
            line.count().suppressed(), NumberText.share(line.share())));
      }
      breakdowns.add(new BreakdownView(breakdown.key(), breakdown.title(), breakdown.recorded(), lines));
    }
    return new CountyPage(language.tag(), t, pdf, links, report.county().name(), report.county().slug(),
        period(report.period(), t), period(report.previousPeriod(), t), filterText(report.filter(), t), figures,
        BarChart.of(bars), themes, focus, breakdowns, quoted,
        report.total().shown() && report.total().get() == 0,
        t.get("suppressed_note").replace("{k}", Integer.toString(report.minCell())),
        report.generatedAt().toString());
  }

  private static ThemeRow row(ThemeLine line) {
    return new ThemeRow(line.code(), line.name(), line.colour(), NumberText.count(line.count()), line.count().value(),
        line.count().suppressed(), NumberText.share(line.share()), NumberText.count(line.previous()),
        NumberText.change(line.change()), line.quotes());
  }

  private static KeyFigure figure(String key, String label, Count count, Count change) {
    return new KeyFigure(key, label, NumberText.count(count), count.value(), count.suppressed(),
        change == null ? null : NumberText.change(change));
  }

  static String period(ReportPeriod period, Map<String, String> t) {
    return NumberText.day(period.from()) + " " + t.get("to") + " " + NumberText.day(period.to()) + " ("
        + period.days() + " " + t.get("days") + ")";
  }

  static String filterText(ReportFilter filter, Map<String, String> t) {
    List<String> parts = new ArrayList<>();
    filter.channel().ifPresent(c -> parts.add(t.get("channel") + ": " + t.getOrDefault("channel." + c, c)));
    filter.programme().ifPresent(p -> parts.add(t.get("programme") + ": " + p));
    filter.episode().ifPresent(e -> parts.add(t.get("episode") + ": " + e));
    return String.join(" · ", parts);
  }
}
