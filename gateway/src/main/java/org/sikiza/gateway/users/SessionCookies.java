package org.sikiza.gateway.users;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The cookies of browser sign-in: the session ({@code HttpOnly}, {@code SameSite=Lax} so a shared report link opens
 * signed in, {@code Secure} when the public URL is https) and the login form's CSRF cookie ({@code SameSite=Strict},
 * only sent back to {@code /login}).
 */
public final class SessionCookies {

  public static final String SESSION = "sikiza_session";
  public static final String LOGIN_CSRF = "sikiza_login_csrf";

  private final boolean secure;

  /** @param publicUrl the gateway's public URL: https makes every cookie Secure */
  public SessionCookies(String publicUrl) {
    this.secure = publicUrl != null && publicUrl.startsWith("https://");
  }

  public void setSession(RoutingContext ctx, String value) {
    ctx.response().addCookie(Cookie.cookie(SESSION, value).setPath("/").setHttpOnly(true).setSecure(secure)
        .setSameSite(CookieSameSite.LAX).setMaxAge(UserDirectory.SESSION_LIFETIME.toSeconds()));
  }

  public void clearSession(RoutingContext ctx) {
    ctx.response().addCookie(Cookie.cookie(SESSION, "").setPath("/").setHttpOnly(true).setSecure(secure)
        .setSameSite(CookieSameSite.LAX).setMaxAge(0));
  }

  public void setLoginCsrf(RoutingContext ctx, String value) {
    ctx.response().addCookie(Cookie.cookie(LOGIN_CSRF, value).setPath("/login").setHttpOnly(true).setSecure(secure)
        .setSameSite(CookieSameSite.STRICT).setMaxAge(3600));
  }

  public static String value(RoutingContext ctx, String name) {
    Cookie cookie = ctx.request().getCookie(name);
    return cookie == null ? null : cookie.getValue();
  }
}
