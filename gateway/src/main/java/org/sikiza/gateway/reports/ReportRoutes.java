package org.sikiza.gateway.reports;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Clock;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.auth.BearerTokenAuth;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.users.LoginRoutes;
import org.sikiza.gateway.users.LoginThrottle;
import org.sikiza.gateway.users.SessionCookies;
import org.sikiza.gateway.users.UserDirectory;
import org.sikiza.reporting.ReportService;
import org.sikiza.reporting.catalogue.CountyDirectory;
import org.sikiza.reporting.catalogue.ThemeCatalogue;
import org.sikiza.reporting.render.HtmlReportRenderer;
import org.sikiza.reporting.render.PdfReportRenderer;
import org.sikiza.reporting.suppression.SmallCellRule;

/**
 * Mounts the county dialogue reports and browser sign-in on a router: {@code /reports}, {@code /reports/overview},
 * {@code /reports/counties/{county}}, {@code /login}, {@code /logout}. One call per HTTP verticle instance; errors
 * go to the router's failure handler as {@code ApiException}s.
 */
public final class ReportRoutes {

  private ReportRoutes() {
  }

  /** With the default minimum cell size (5). */
  public static void mount(Router router, GatewayServices services, Vertx vertx) {
    mount(router, services, vertx, SmallCellRule.DEFAULT);
  }

  public static void mount(Router router, GatewayServices services, Vertx vertx, SmallCellRule rule) {
    SikizaConfig config = services.config();
    CountyDirectory counties = CountyDirectory.loadDefault();
    ReportService reports = new ReportService(services.pool(), config.timeZone(), Clock.systemUTC(),
        ThemeCatalogue.loadDefault(), counties, rule);
    UserDirectory users = new UserDirectory(vertx, services.pool(), counties);
    HtmlReportRenderer html = new HtmlReportRenderer();
    ReportAccess access = new ReportAccess(new BearerTokenAuth(config.adminTokenIfSet(), users), users);
    ReportEndpoints endpoints = new ReportEndpoints(vertx, reports, access, html, new PdfReportRenderer(html));

    new LoginRoutes(vertx, users, html, new SessionCookies(config.publicUrl()), new LoginThrottle(),
        ReportAccess::home).mount(router);
    router.get("/reports").handler(endpoints::home);
    router.get("/reports/overview").handler(endpoints::overview);
    router.get("/reports/counties/:county").handler(endpoints::county);
  }
}
