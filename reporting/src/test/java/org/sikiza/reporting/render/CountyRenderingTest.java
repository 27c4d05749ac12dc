package org.sikiza.reporting.render;

import org.sikiza.reporting.ReportLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sikiza.reporting.Fixtures;
import org.sikiza.reporting.report.CountyReport;

/** Every format of the same county report: the same published numbers, no small count, no raw personal data. */
class CountyRenderingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final CountyReport report = Fixtures.kisumuReport(ReportLanguage.EN);
  private final HtmlReportRenderer html = new HtmlReportRenderer();

  @Test
  void jsonHasTotalAndThemesWithNullForHiddenCounts() throws Exception {
    JsonNode json = JSON.readTree(JsonReportWriter.county(report, ReportLanguage.EN));
    assertEquals(100, json.get("total").asInt());
    assertEquals(17, json.get("themes").size());
    JsonNode health = theme(json, "SDG3");
    assertEquals("Good health and well-being", health.get("name").asText());
    assertEquals(48, health.get("count").asInt());
    assertEquals(0.48, health.get("share").asDouble());
    assertFalse(health.get("suppressed").asBoolean());
    JsonNode inequality = theme(json, "SDG10");
    assertTrue(inequality.get("count").isNull());
    assertTrue(inequality.get("share").isNull());
    assertTrue(inequality.get("suppressed").asBoolean());
    assertTrue(inequality.get("change").isNull());
    assertEquals(0, inequality.get("quotes").size());
    assertTrue(json.get("other").isNull());
    assertEquals("kisumu", json.at("/county/code").asText());
    assertEquals("2025-01-30", json.at("/previous_period/from").asText());
    assertNoSmallCountIn(json);
  }

  @Test
  void jsonQuotesAreScrubbed() throws Exception {
    String json = JsonReportWriter.county(report, ReportLanguage.EN);
    for (String personal : List.of("Achieng", "Otieno", "0712345678", "x@y.com", "Omondi")) {
      assertFalse(json.contains(personal), personal);
    }
    assertTrue(json.contains("[name]"));
  }

  @Test
  void csvOpensInASpreadsheetAndHidesSmallCounts() {
    byte[] bytes = CsvReportWriter.county(report, ReportLanguage.EN);
    assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark");
    String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
    String[] lines = csv.split("\r\n", -1);
    assertEquals("", lines[lines.length - 1], "every row ends with CRLF");
    assertFalse(csv.replace("\r\n", "").contains("\n"));
    assertEquals("\"section\",\"key\",\"label\",\"count\",\"share\",\"previous_count\",\"change\",\"suppressed\","
        + "\"county\",\"from\",\"to\"", lines[0]);
    assertTrue(csv.contains("\"theme\",\"SDG3\",\"Good health and well-being\",\"48\",\"0.4800\",\"40\",\"8\",\"false\""));
    assertTrue(csv.contains("\"theme\",\"SDG10\",\"Reduced inequalities\",\"\",\"\",\"9\",\"\",\"true\""));
    int countColumn = 3;
    for (int i = 1; i < lines.length - 1; i++) {
      String[] fields = lines[i].split("\",\"");
      String count = fields[countColumn];
      if (!count.isEmpty()) {
        long value = Long.parseLong(count);
        assertTrue(value == 0 || value >= 5, lines[i]);
      }
    }
  }

  @Test
  void csvNeutralisesFormulas() {
    String csv = new CsvWriter().text("=HYPERLINK(\"http://x\")").text("+1").text("-2+3").text("@SUM(A1)").text("ok")
        .end().toString();
    assertEquals("\uFEFF\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",\"ok\"\r\n", csv);
  }

  @Test
  void htmlEscapesQuotesDrawsTheChartAndCarriesTheSameNumbers() {
    String page = html.county(report, ReportLanguage.EN, PageLinks.NONE);
    assertTrue(page.contains("<svg class=\"chart\""));
    assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; taps are dry"), "quotes are escaped");
    assertFalse(page.contains("<script>"));
    assertTrue(page.contains("data-theme=\"SDG3\" data-count=\"48\""));
    assertTrue(page.contains("data-theme=\"SDG10\" data-suppressed=\"true\""));
    assertTrue(page.contains("data-figure=\"feedback_messages\" data-value=\"100\""));
    assertTrue(page.contains("@media print"));
    assertTrue(page.contains("name=\"viewport\""));
    for (String personal : List.of("Achieng", "0712345678", "Omondi")) {
      assertFalse(page.contains(personal), personal);
    }
    assertNoSmallNumberInDataAttributes(page);
  }

  @Test
  void htmlInSwahili() {
    String page = html.county(Fixtures.kisumuReport(ReportLanguage.SW), ReportLanguage.SW, PageLinks.NONE);
    assertTrue(page.contains("<html lang=\"sw\">"));
    assertTrue(page.contains("Watu walisema nini"));
    assertTrue(page.contains("Afya bora na ustawi"));
  }

  @Test
  void pdfIsOneToThreePagesAndShowsNoHiddenCount() throws Exception {
    byte[] pdf = new PdfReportRenderer(html).county(report, ReportLanguage.EN);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 1 && pages <= 3, pages + " pages");
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Kisumu"));
      assertTrue(text.contains("SDG3 · Good health and well-being"));
      String inequality = lineWith(text, "SDG10 · Reduced inequalities");
      assertTrue(inequality.contains("—"), inequality);
      assertFalse(Pattern.compile("(^|\\s)[1-4](\\s|$)").matcher(inequality.replace("SDG10", "")).find(),
          inequality);
      assertFalse(text.contains("0712345678"));
      assertFalse(text.contains("Achieng"));
    }
  }

  private static String lineWith(String text, String start) {
    return text.lines().filter(line -> line.contains(start)).findFirst().orElseThrow();
  }

  private static JsonNode theme(JsonNode json, String code) {
    for (JsonNode theme : json.get("themes")) {
      if (theme.get("code").asText().equals(code)) {
        return theme;
      }
    }
    throw new AssertionError(code);
  }

  /** Every number under a key named like a count is 0, at least 5, or null. */
  static void assertNoSmallCountIn(JsonNode node) {
    List<String> problems = new ArrayList<>();
    walk(node, "", problems);
    assertEquals(List.of(), problems);
  }

  private static void walk(JsonNode node, String path, List<String> problems) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        String name = field.getKey();
        JsonNode value = field.getValue();
        boolean isCount = name.equals("count") || name.equals("total") || name.startsWith("previous_")
            || name.equals("participants") || name.equals("other");
        if (isCount && value.isIntegralNumber() && value.asLong() > 0 && value.asLong() < 5) {
          problems.add(path + "/" + name + "=" + value);
        }
        walk(value, path + "/" + name, problems);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (path.endsWith("/counts") && item.isIntegralNumber() && item.asLong() > 0 && item.asLong() < 5) {
          problems.add(path + "[" + i + "]=" + item);
        }
        walk(item, path + "[" + i + "]", problems);
      }
    }
  }

  static void assertNoSmallNumberInDataAttributes(String page) {
    Matcher matcher = Pattern.compile("data-(?:count|value|total)=\"(\\d+)\"").matcher(page);
    while (matcher.find()) {
      long value = Long.parseLong(matcher.group(1));
      assertTrue(value == 0 || value >= 5, matcher.group());
    }
  }
}
