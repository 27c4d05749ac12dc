package org.sikiza.reporting.render;

import org.sikiza.reporting.ReportLanguage;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.sikiza.reporting.report.CountyReport;
import org.sikiza.reporting.report.OverviewReport;

/**
 * Renders report pages (and the gateway's other pages) with Pebble, which HTML-escapes every {@code {{ }}} output:
 * a message text or a county name can never become markup. Templates are read once from the classpath and cached.
 * Thread-safe.
 */
public final class HtmlReportRenderer {

  static final String COUNTY = "org/sikiza/reporting/templates/county.html";
  static final String COUNTY_PDF = "org/sikiza/reporting/templates/county-pdf.html";
  static final String OVERVIEW = "org/sikiza/reporting/templates/overview.html";
  static final String OVERVIEW_PDF = "org/sikiza/reporting/templates/overview-pdf.html";

  private final PebbleEngine engine;

  public HtmlReportRenderer() {
    ClasspathLoader loader = new ClasspathLoader(HtmlReportRenderer.class.getClassLoader());
    this.engine = new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .defaultEscapingStrategy("html")
        .strictVariables(true)
        .newLineTrimming(true)
        .build();
  }

  public String county(CountyReport report, ReportLanguage language, PageLinks links) {
    return render(COUNTY, Map.of("page", CountyPage.of(report, language, links, false)), language);
  }

  public String overview(OverviewReport report, ReportLanguage language, PageLinks links) {
    return render(OVERVIEW, Map.of("page", OverviewPage.of(report, language, links, false)), language);
  }

  /** The print layout the PDF is made from: strict XHTML, no SVG, A4 pages. */
  String countyForPdf(CountyReport report, ReportLanguage language) {
    return render(COUNTY_PDF, Map.of("page", CountyPage.of(report, language, PageLinks.NONE, true)), language);
  }

  String overviewForPdf(OverviewReport report, ReportLanguage language) {
    return render(OVERVIEW_PDF, Map.of("page", OverviewPage.of(report, language, PageLinks.NONE, true)), language);
  }

  /** Any page template on the classpath (e.g. the gateway's login page), with the given variables. */
  public String render(String template, Map<String, Object> context, ReportLanguage language) {
    PebbleTemplate compiled = engine.getTemplate(template);
    StringWriter out = new StringWriter(16 * 1024);
    try {
      compiled.evaluate(out, context, language.locale());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
