package org.sikiza.reporting.render;

import org.sikiza.reporting.ReportLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.sikiza.reporting.Fixtures;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.catalogue.CountyDirectory;
import org.sikiza.reporting.figures.OverviewFigures;
import org.sikiza.reporting.figures.PeriodCounts;
import org.sikiza.reporting.query.OverviewFiguresQuery;
import org.sikiza.reporting.report.CountyRow;
import org.sikiza.reporting.report.OverviewReport;
import org.sikiza.reporting.report.OverviewReportAssembler;
import org.sikiza.reporting.suppression.SmallCellRule;

class OverviewRenderingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 23));

  private final OverviewReport report = new OverviewReportAssembler(Fixtures.THEMES, CountyDirectory.loadDefault(),
      SmallCellRule.DEFAULT).assemble(PERIOD, ReportFilter.NONE, figures(), ReportLanguage.EN, Fixtures.NOW);

  /** Nairobi and Kisumu speak a lot; Lamu sent 3 messages; messages with no county: 12. */
  static OverviewFigures figures() {
    Map<String, PeriodCounts> counties = new HashMap<>();
    counties.put("nairobi", new PeriodCounts(Map.of("SDG3", 120L, "SDG6", 80L, "SDG8", 60L, "SDG16", 7L), 260, 30,
        Map.of("sms", 260L)));
    counties.put("kisumu", new PeriodCounts(Map.of("SDG3", 48L, "SDG6", 31L, "SDG10", 3L, "SDG16", 20L), 100, 4,
        Map.of("sms", 100L)));
    counties.put("lamu", new PeriodCounts(Map.of("SDG14", 3L), 3, 0, Map.of("sms", 3L)));
    counties.put("unknown", new PeriodCounts(Map.of("SDG3", 6L, "SDG6", 6L), 12, 9, Map.of("sms", 12L)));
    List<LocalDate> weeks = OverviewFiguresQuery.weeks(PERIOD);
    Map<String, long[]> weekly = new HashMap<>();
    weekly.put("SDG3", new long[] {60, 60, 54});
    weekly.put("SDG6", new long[] {40, 40, 37});
    weekly.put("SDG8", new long[] {20, 20, 20});
    weekly.put("SDG10", new long[] {0, 3, 0});
    weekly.put("SDG14", new long[] {1, 1, 1});
    weekly.put("SDG16", new long[] {10, 10, 7});
    return new OverviewFigures(counties, weeks, weekly);
  }

  @Test
  void everyCountyIsARowAndUnknownComesLast() {
    assertEquals(48, report.counties().size());
    assertEquals("unknown", report.counties().get(47).county().code());
    CountyRow nairobi = row("nairobi");
    assertEquals("SDG3", nairobi.topTheme());
    CountyRow lamu = row("lamu");
    assertTrue(lamu.total().suppressed());
    assertNull(lamu.topTheme());
    assertTrue(lamu.topThemeHidden());
    assertTrue(report.total().suppressed(), "with Lamu's 3 hidden, the national total would give it away");
  }

  @Test
  void jsonCarriesTheHeatMapTrendAndNoSmallCount() throws Exception {
    JsonNode json = JSON.readTree(JsonReportWriter.overview(report, ReportLanguage.EN));
    assertEquals(17, json.get("themes").size());
    assertEquals(48, json.get("counties").size());
    assertEquals(3, json.at("/trend/weeks").size());
    assertEquals("2025-03-03", json.at("/trend/weeks/0").asText());
    JsonNode nairobi = json.get("counties").get(29);
    assertEquals("nairobi", nairobi.get("code").asText());
    assertEquals(260, nairobi.get("total").asInt());
    assertEquals(120, nairobi.at("/themes/2/count").asInt());
    CountyRenderingTest.assertNoSmallCountIn(json);
  }

  @Test
  void csvHasACountColumnAndNoSmallCount() {
    String csv = new String(CsvReportWriter.overview(report), StandardCharsets.UTF_8).substring(1);
    String[] lines = csv.split("\r\n");
    assertTrue(lines[0].contains("\"count\""));
    for (int i = 1; i < lines.length; i++) {
      String count = lines[i].split("\",\"")[6];
      if (!count.isEmpty()) {
        long value = Long.parseLong(count);
        assertTrue(value == 0 || value >= 5, lines[i]);
      }
    }
    assertTrue(csv.contains("\"county_theme\",\"nairobi\",\"Nairobi\",\"SDG3\",\"Good health and well-being\",\"\",\"120\",\"false\""));
  }

  @Test
  void htmlHasTheHeatMapAndTrendWithTheSameNumbers() {
    String page = new HtmlReportRenderer().overview(report, ReportLanguage.EN, PageLinks.NONE);
    assertTrue(page.contains("id=\"heatmap\""));
    assertTrue(page.contains("data-county=\"nairobi\" data-total=\"260\""));
    assertTrue(page.contains("data-county=\"lamu\" data-suppressed=\"true\""));
    assertTrue(page.contains("<svg class=\"spark\""));
    assertFalse(page.contains(">3<"));
    CountyRenderingTest.assertNoSmallNumberInDataAttributes(page);
  }

  @Test
  void pdfPrintsOnLandscapePages() throws Exception {
    HtmlReportRenderer html = new HtmlReportRenderer();
    byte[] pdf = new PdfReportRenderer(html).overview(report, ReportLanguage.SW);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() <= 3);
      assertTrue(document.getPage(0).getMediaBox().getWidth() > document.getPage(0).getMediaBox().getHeight());
    }
  }

  private CountyRow row(String code) {
    return report.counties().stream().filter(r -> r.county().code().equals(code)).findFirst().orElseThrow();
  }
}
