package org.sikiza.reporting.render;

import org.sikiza.reporting.ReportLanguage;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import org.sikiza.reporting.report.CountyReport;
import org.sikiza.reporting.report.OverviewReport;

/**
 * Prints a report to PDF (one to three A4 pages per county) with openhtmltopdf, from the print layout of
 * {@link HtmlReportRenderer}. Slow and blocking: callers run it on a worker thread, never on the event loop.
 * The layout links to nothing outside itself, so rendering fetches nothing.
 *
 * <p>Text is set in DejaVu Sans or Liberation Sans when the machine has one (Debian's fonts-dejavu-core,
 * fonts-liberation), embedded as a subset; otherwise in the PDF base font, which knows only Windows-1252, so other
 * characters (emoji in a quote) are replaced rather than printed as boxes.
 */
public final class PdfReportRenderer {

  /** The family name the print style sheet asks for first. */
  static final String FAMILY = "Sikiza Sans";

  private static final List<String[]> FONT_CANDIDATES = List.of(
      new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
          "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
      new String[] {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
          "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"});

  static {
    // openhtmltopdf logs every page through java.util.logging; failures still surface as exceptions.
    XRLog.setLoggingEnabled(false);
  }

  private final HtmlReportRenderer html;
  private final String[] font;

  public PdfReportRenderer(HtmlReportRenderer html) {
    this.html = html;
    this.font = FONT_CANDIDATES.stream()
        .filter(files -> new File(files[0]).canRead() && new File(files[1]).canRead())
        .findFirst().orElse(null);
  }

  public byte[] county(CountyReport report, ReportLanguage language) {
    return print(html.countyForPdf(report, language));
  }

  public byte[] overview(OverviewReport report, ReportLanguage language) {
    return print(html.overviewForPdf(report, language));
  }

  byte[] print(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      if (font != null) {
        builder.useFont(new File(font[0]), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(new File(font[1]), FAMILY, 700, FontStyle.NORMAL, true);
      }
      builder.withHtmlContent(font != null ? xhtml : toWindows1252(xhtml), null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String toWindows1252(String text) {
    CharsetEncoder encoder = Charset.forName("windows-1252").newEncoder();
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == 0x2212) {
        out.append('-');
      } else if (encoder.canEncode(new String(Character.toChars(cp)))) {
        out.appendCodePoint(cp);
      } else {
        out.append('?');
      }
    });
    return out.toString();
  }
}
