package org.sikiza.gateway.users;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sikiza.gateway.auth.Principal;
import org.sikiza.reporting.render.HtmlReportRenderer;
import org.sikiza.reporting.ReportLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET/POST /login} and {@code POST /logout} for people reading reports in a browser. The login form is
 * CSRF-protected by a double-submit cookie; the sign-out form by the session's own CSRF token. After a login the
 * reader goes back to the report they asked for ({@code next}, a local /reports path only) or to their home page.
 */
public final class LoginRoutes {

  private static final Logger LOG = LoggerFactory.getLogger(LoginRoutes.class);
  static final String TEMPLATE = "templates/login.html";

  private final Vertx vertx;
  private final UserDirectory users;
  private final HtmlReportRenderer html;
  private final SessionCookies cookies;
  private final LoginThrottle throttle;
  private final Function<Principal, String> home;

  public LoginRoutes(Vertx vertx, UserDirectory users, HtmlReportRenderer html, SessionCookies cookies,
      LoginThrottle throttle, Function<Principal, String> home) {
    this.vertx = vertx;
    this.users = users;
    this.html = html;
    this.cookies = cookies;
    this.throttle = throttle;
    this.home = home;
  }

  public void mount(Router router) {
    router.get("/login").handler(this::form);
    router.post("/login").handler(BodyHandler.create(false).setBodyLimit(8 * 1024)).handler(this::login);
    router.post("/logout").handler(BodyHandler.create(false).setBodyLimit(8 * 1024)).handler(this::logout);
  }

  private void form(RoutingContext ctx) {
    ReportLanguage language = language(ctx, ctx.queryParams().get("lang"));
    String csrf = SessionTokens.random();
    cookies.setLoginCsrf(ctx, csrf);
    page(ctx, 200, LoginPage.of(language, csrf, safeNext(ctx.queryParams().get("next")), null, null));
  }

  private void login(RoutingContext ctx) {
    var form = ctx.request().formAttributes();
    ReportLanguage language = language(ctx, form.get("lang"));
    String name = form.get("name");
    String next = safeNext(form.get("next"));
    String expected = SessionCookies.value(ctx, SessionCookies.LOGIN_CSRF);
    if (!SessionTokens.same(expected, form.get("csrf"))) {
      // A form not served by us, or served long ago: show a fresh one rather than sign anybody in.
      LOG.info("event=login.rejected reason=csrf");
      String csrf = SessionTokens.random();
      cookies.setLoginCsrf(ctx, csrf);
      page(ctx, 403, LoginPage.of(language, csrf, next, name, "login.failed"));
      return;
    }
    if (!throttle.allowed(name)) {
      LOG.info("event=login.rejected reason=throttled");
      page(ctx, 429, LoginPage.of(language, expected, next, name, "login.locked"));
      return;
    }
    users.login(name, form.get("password")).compose(account -> {
      if (account.isEmpty()) {
        throttle.failed(name);
        LOG.info("event=login.failed");
        page(ctx, 401, LoginPage.of(language, expected, next, name, "login.failed"));
        return Future.succeededFuture();
      }
      throttle.succeeded(name);
      return users.startSession(account.get()).map(session -> {
        LOG.info("event=login.succeeded role={}", account.get().role().dbValue());
        cookies.setSession(ctx, session.cookieValue());
        String target = next.isEmpty() ? home.apply(account.get().principal()) : next;
        ctx.response().setStatusCode(303).putHeader("Location", target).putHeader("Cache-Control", "no-store").end();
        return null;
      });
    }).onFailure(ctx::fail);
  }

  private void logout(RoutingContext ctx) {
    String cookie = SessionCookies.value(ctx, SessionCookies.SESSION);
    String csrf = ctx.request().formAttributes().get("csrf");
    users.session(cookie).compose(session -> {
      if (session.isPresent() && !SessionTokens.same(session.get().csrfToken(), csrf)) {
        ctx.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
            .end("The sign-out form has expired; reload the page and sign out again.");
        return Future.succeededFuture();
      }
      return users.endSession(cookie).map(done -> {
        cookies.clearSession(ctx);
        ctx.response().setStatusCode(303).putHeader("Location", "/login").end();
        return null;
      });
    }).onFailure(ctx::fail);
  }

  private void page(RoutingContext ctx, int status, LoginPage page) {
    vertx.executeBlocking(() -> html.render(TEMPLATE, Map.of("page", page),
            ReportLanguage.parse(page.lang()).orElse(ReportLanguage.EN)), false)
        .onSuccess(body -> ctx.response().setStatusCode(status)
            .putHeader("Content-Type", "text/html; charset=utf-8")
            .putHeader("Cache-Control", "no-store")
            .putHeader("X-Content-Type-Options", "nosniff")
            .putHeader("X-Frame-Options", "DENY")
            .putHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
            .end(body))
        .onFailure(ctx::fail);
  }

  private static ReportLanguage language(RoutingContext ctx, String asked) {
    List<String> accepted = ctx.acceptableLanguages().stream().map(LanguageHeader::tag).toList();
    return ReportLanguage.parse(asked).orElse(ReportLanguage.preferred(accepted));
  }

  /** Only a path of this gateway's reports: never another site ({@code //evil}, {@code https://...}). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/reports") || next.startsWith("//") || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "";
    }
    return next;
  }
}
