package org.sikiza.reporting.render;

import org.sikiza.reporting.ReportLanguage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.report.Breakdown;
import org.sikiza.reporting.report.BreakdownLine;
import org.sikiza.reporting.report.CountyReport;
import org.sikiza.reporting.report.CountyRow;
import org.sikiza.reporting.report.OverviewReport;
import org.sikiza.reporting.report.ThemeLine;
import org.sikiza.reporting.report.TrendSeries;
import org.sikiza.reporting.suppression.Count;

/**
 * County reports and the overview as JSON (documented in docs/api.md). A suppressed count is {@code null} with
 * {@code "suppressed": true} beside it; its share and change are {@code null} too.
 */
public final class JsonReportWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReportWriter() {
  }

  public static String county(CountyReport report, ReportLanguage language) {
    ObjectNode root = JSON.createObjectNode();
    root.put("report", "county");
    ObjectNode county = root.putObject("county");
    county.put("code", report.county().code()).put("slug", report.county().slug()).put("name", report.county().name());
    period(root.putObject("period"), report.period());
    period(root.putObject("previous_period"), report.previousPeriod());
    filter(root.putObject("filter"), report.filter());
    root.put("language", language.tag());
    root.put("min_cell", report.minCell());
    count(root, "total", report.total());
    count(root, "previous_total", report.previousTotal());
    root.set("total_change", value(report.totalChange()));
    count(root, "participants", report.participants());
    count(root, "previous_participants", report.previousParticipants());
    root.set("participants_change", value(report.participantsChange()));
    count(root, "other", report.other());
    ArrayNode themes = root.putArray("themes");
    for (ThemeLine line : report.themes()) {
      ObjectNode theme = themes.addObject();
      theme.put("code", line.code()).put("name", line.name()).put("colour", line.colour());
      theme.set("count", value(line.count()));
      theme.set("share", line.share() == null ? JSON.nullNode() : JSON.getNodeFactory().numberNode(line.share()));
      theme.put("suppressed", line.count().suppressed());
      theme.set("previous_count", value(line.previous()));
      theme.put("previous_suppressed", line.previous().suppressed());
      theme.set("change", value(line.change()));
      ArrayNode quotes = theme.putArray("quotes");
      line.quotes().forEach(quotes::add);
    }
    ArrayNode focus = root.putArray("focus");
    CountyReport.FOCUS_THEMES.forEach(focus::add);
    ArrayNode breakdowns = root.putArray("breakdowns");
    for (Breakdown breakdown : report.breakdowns()) {
      ObjectNode node = breakdowns.addObject();
      node.put("dimension", breakdown.key()).put("name", breakdown.title()).put("recorded", breakdown.recorded());
      ArrayNode lines = node.putArray("lines");
      for (BreakdownLine line : breakdown.lines()) {
        ObjectNode item = lines.addObject();
        item.set("value", line.notRecorded() ? JSON.nullNode() : JSON.getNodeFactory().textNode(line.value()));
        item.put("label", line.label());
        item.set("count", value(line.count()));
        item.set("share", line.share() == null ? JSON.nullNode() : JSON.getNodeFactory().numberNode(line.share()));
        item.put("suppressed", line.count().suppressed());
      }
    }
    root.put("generated_at", report.generatedAt().toString());
    return write(root);
  }

  public static String overview(OverviewReport report, ReportLanguage language) {
    ObjectNode root = JSON.createObjectNode();
    root.put("report", "overview");
    period(root.putObject("period"), report.period());
    filter(root.putObject("filter"), report.filter());
    root.put("language", language.tag());
    root.put("min_cell", report.minCell());
    count(root, "total", report.total());
    ArrayNode themes = root.putArray("themes");
    for (int t = 0; t < report.themes().size(); t++) {
      Count count = report.themeTotals().get(t);
      ObjectNode theme = themes.addObject();
      theme.put("code", report.themes().get(t).code()).put("name", report.themes().get(t).name(language))
          .put("colour", report.themes().get(t).colour());
      theme.set("count", value(count));
      Double share = count.shown() && report.total().shown() && report.total().get() > 0
          ? Math.round(10_000.0 * count.get() / report.total().get()) / 10_000.0 : null;
      theme.set("share", share == null ? JSON.nullNode() : JSON.getNodeFactory().numberNode(share));
      theme.put("suppressed", count.suppressed());
    }
    ArrayNode counties = root.putArray("counties");
    for (CountyRow row : report.counties()) {
      ObjectNode county = counties.addObject();
      county.put("code", row.county().code()).put("slug", row.county().slug()).put("name", row.county().name());
      count(county, "total", row.total());
      if (row.topTheme() == null) {
        county.putNull("top_theme");
      } else {
        county.put("top_theme", row.topTheme());
      }
      county.put("top_theme_suppressed", row.topThemeHidden());
      ArrayNode cells = county.putArray("themes");
      for (int t = 0; t < row.cells().size(); t++) {
        ObjectNode cell = cells.addObject();
        cell.put("code", report.themes().get(t).code());
        cell.set("count", value(row.cells().get(t)));
        cell.put("suppressed", row.cells().get(t).suppressed());
      }
    }
    ObjectNode trend = root.putObject("trend");
    ArrayNode weeks = trend.putArray("weeks");
    report.weeks().forEach(week -> weeks.add(week.toString()));
    ArrayNode series = trend.putArray("themes");
    for (TrendSeries theme : report.trend()) {
      ObjectNode node = series.addObject();
      node.put("code", theme.code()).put("name", theme.name());
      ArrayNode counts = node.putArray("counts");
      ArrayNode suppressed = node.putArray("suppressed");
      for (Count count : theme.weeks()) {
        counts.add(value(count));
        suppressed.add(count.suppressed());
      }
    }
    root.put("generated_at", report.generatedAt().toString());
    return write(root);
  }

  private static void count(ObjectNode node, String name, Count count) {
    node.set(name, value(count));
    node.put(name + "_suppressed", count.suppressed());
  }

  private static com.fasterxml.jackson.databind.JsonNode value(Count count) {
    return count.shown() ? JSON.getNodeFactory().numberNode(count.get()) : JSON.nullNode();
  }

  private static void period(ObjectNode node, ReportPeriod period) {
    node.put("from", period.from().toString()).put("to", period.to().toString()).put("days", period.days());
  }

  private static void filter(ObjectNode node, ReportFilter filter) {
    node.put("channel", filter.channel().orElse(null));
    node.put("programme", filter.programme().orElse(null));
    if (filter.episode().isPresent()) {
      node.put("episode", filter.episode().get());
    } else {
      node.putNull("episode");
    }
  }

  private static String write(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report JSON", e);
    }
  }
}
