package org.sikiza.gateway.reports;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.reporting.ReportService;
import org.sikiza.reporting.UnknownFilterException;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.render.CsvReportWriter;
import org.sikiza.reporting.render.HtmlReportRenderer;
import org.sikiza.reporting.render.JsonReportWriter;
import org.sikiza.reporting.render.PageLinks;
import org.sikiza.reporting.render.PdfReportRenderer;
import org.sikiza.reporting.ReportLanguage;

/**
 * {@code GET /reports/counties/{county}} and {@code GET /reports/overview} in HTML, JSON, CSV or PDF. Order of
 * checks: credentials (HTML without them goes to the login page, other formats get 401), then the parameters (400),
 * then the reader's right to the county (403). HTML and PDF are rendered on worker threads.
 */
public final class ReportEndpoints {

  /** No scripts at all; styles inline; forms post only to this gateway; never framed. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Vertx vertx;
  private final ReportService reports;
  private final ReportAccess access;
  private final HtmlReportRenderer html;
  private final PdfReportRenderer pdf;

  public ReportEndpoints(Vertx vertx, ReportService reports, ReportAccess access, HtmlReportRenderer html,
      PdfReportRenderer pdf) {
    this.vertx = vertx;
    this.reports = reports;
    this.access = access;
    this.html = html;
    this.pdf = pdf;
  }

  /** {@code GET /reports}: the reader's starting page. */
  public void home(RoutingContext ctx) {
    access.identify(ctx).onSuccess(reader -> {
      if (reader.isEmpty()) {
        redirect(ctx, "/login");
      } else {
        redirect(ctx, ReportAccess.home(reader.get().principal()));
      }
    }).onFailure(ctx::fail);
  }

  public void county(RoutingContext ctx) {
    access.identify(ctx).compose(reader -> {
      if (reader.isEmpty()) {
        return askToSignIn(ctx);
      }
      ReportRequest request = parse(ctx);
      County county = reports.counties().find(ctx.pathParam("county")).orElseThrow(() ->
          new ApiException(ErrorType.BAD_REQUEST, "unknown county '" + shorten(ctx.pathParam("county"))
              + "'; use a county name such as kisumu or homa-bay"));
      if (!ReportAccess.maySee(reader.get().principal(), county)) {
        throw new ApiException(ErrorType.FORBIDDEN, "you may read the report of your own county only");
      }
      return reports.county(county, request.period(), request.filter(), request.language())
          .recover(ReportEndpoints::badFilter)
          .compose(report -> switch (request.format()) {
            case HTML -> vertx.executeBlocking(() -> html.county(report, request.language(),
                links(ctx, request, reader.get())), false).map(Buffer::buffer);
            case JSON -> Future.succeededFuture(Buffer.buffer(JsonReportWriter.county(report, request.language())));
            case CSV -> Future.succeededFuture(Buffer.buffer(CsvReportWriter.county(report, request.language())));
            case PDF -> vertx.executeBlocking(() -> pdf.county(report, request.language()), false)
                .map(Buffer::buffer);
          })
          .map(body -> {
            send(ctx, request, body, "sikiza-" + county.slug() + "-" + request.period().from() + "-"
                + request.period().to());
            return null;
          });
    }).onFailure(ctx::fail);
  }

  public void overview(RoutingContext ctx) {
    access.identify(ctx).compose(reader -> {
      if (reader.isEmpty()) {
        return askToSignIn(ctx);
      }
      ReportRequest request = parse(ctx);
      if (!ReportAccess.maySeeOverview(reader.get().principal())) {
        throw new ApiException(ErrorType.FORBIDDEN, "the national overview is for admins and coders");
      }
      return reports.overview(request.period(), request.filter(), request.language())
          .recover(ReportEndpoints::badFilter)
          .compose(report -> switch (request.format()) {
            case HTML -> vertx.executeBlocking(() -> html.overview(report, request.language(),
                links(ctx, request, reader.get())), false).map(Buffer::buffer);
            case JSON -> Future.succeededFuture(Buffer.buffer(JsonReportWriter.overview(report, request.language())));
            case CSV -> Future.succeededFuture(Buffer.buffer(CsvReportWriter.overview(report)));
            case PDF -> vertx.executeBlocking(() -> pdf.overview(report, request.language()), false)
                .map(Buffer::buffer);
          })
          .map(body -> {
            send(ctx, request, body, "sikiza-overview-" + request.period().from() + "-" + request.period().to());
            return null;
          });
    }).onFailure(ctx::fail);
  }

  private ReportRequest parse(RoutingContext ctx) {
    List<String> languages = ctx.acceptableLanguages().stream().map(LanguageHeader::tag).toList();
    return ReportRequest.parse(ctx.queryParams(), reports.today(), languages);
  }

  private static <T> Future<T> badFilter(Throwable failure) {
    if (failure instanceof UnknownFilterException unknown) {
      return Future.failedFuture(new ApiException(ErrorType.BAD_REQUEST, unknown.getMessage()));
    }
    return Future.failedFuture(failure);
  }

  /** HTML readers are sent to the login page (and back afterwards); everything else is told 401. */
  private static Future<Void> askToSignIn(RoutingContext ctx) {
    if (ReportRequest.formatOf(ctx.queryParams()) == ReportFormat.HTML) {
      String back = ctx.request().uri();
      redirect(ctx, "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
      return Future.succeededFuture();
    }
    return Future.failedFuture(new ApiException(ErrorType.UNAUTHORIZED,
        "sign in, or send Authorization: Bearer <token>"));
  }

  private static PageLinks links(RoutingContext ctx, ReportRequest request, ReportAccess.Reader reader) {
    String path = ctx.request().path();
    ReportLanguage other = request.language() == ReportLanguage.EN ? ReportLanguage.SW : ReportLanguage.EN;
    Map<String, String> none = new HashMap<>();
    return new PageLinks(
        path + "?" + request.query(Map.of("lang", other.tag())),
        request.query(none),
        path + "?" + request.query(Map.of("format", "csv")),
        path + "?" + request.query(Map.of("format", "json")),
        path + "?" + request.query(Map.of("format", "pdf")),
        ReportAccess.maySeeOverview(reader.principal()) ? "/reports/overview?" + request.query(none) : null,
        reader.signedInWithSession() ? reader.principal().name() : null,
        reader.csrfToken());
  }

  private static void send(RoutingContext ctx, ReportRequest request, Buffer body, String fileName) {
    HttpServerResponse response = ctx.response()
        .putHeader("Content-Type", request.format().contentType())
        .putHeader("Cache-Control", "no-store")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Vary", "Accept-Language, Authorization, Cookie");
    switch (request.format()) {
      case HTML -> response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
          .putHeader("X-Frame-Options", "DENY")
          .putHeader("Referrer-Policy", "same-origin");
      case CSV -> response.putHeader("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
      case PDF -> response.putHeader("Content-Disposition", "inline; filename=\"" + fileName + ".pdf\"");
      case JSON -> { }
    }
    response.end(body);
  }

  static void redirect(RoutingContext ctx, String location) {
    ctx.response().setStatusCode(303).putHeader("Location", location).putHeader("Cache-Control", "no-store").end();
  }

  private static String shorten(String value) {
    return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
