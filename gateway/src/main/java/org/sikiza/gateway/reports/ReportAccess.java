package org.sikiza.gateway.reports;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.sikiza.gateway.auth.BearerTokenAuth;
import org.sikiza.gateway.auth.Principal;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.users.SessionCookies;
import org.sikiza.gateway.users.UserDirectory;
import org.sikiza.reporting.catalogue.County;

/**
 * Who is reading a report, and what they may read. A bearer token (the admin token or a user's API token) wins over
 * a session cookie; a wrong token is refused even when a session exists. Admins and coders read every county and
 * the overview; an official reads their own county only; hosts read no report.
 */
public final class ReportAccess {

  /** A reader: who, and the session's CSRF token for the sign-out form (null when a token was used). */
  public record Reader(Principal principal, String csrfToken) {

    public boolean signedInWithSession() {
      return csrfToken != null;
    }
  }

  private final BearerTokenAuth bearer;
  private final UserDirectory users;

  public ReportAccess(BearerTokenAuth bearer, UserDirectory users) {
    this.bearer = bearer;
    this.users = users;
  }

  /** The reader, or empty when the request carries no credentials; fails with 401 for a wrong bearer token. */
  public Future<Optional<Reader>> identify(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header != null) {
      if (header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return Future.failedFuture(new ApiException(ErrorType.UNAUTHORIZED,
            "use Authorization: Bearer <token>"));
      }
      return bearer.authenticate(header.substring(7).trim()).map(principal -> Optional.of(principal
          .map(p -> new Reader(p, null))
          .orElseThrow(() -> new ApiException(ErrorType.UNAUTHORIZED, "the bearer token is not valid"))));
    }
    return users.session(SessionCookies.value(ctx, SessionCookies.SESSION))
        .map(session -> session.map(s -> new Reader(s.account().principal(), s.csrfToken())));
  }

  public static boolean maySee(Principal principal, County county) {
    return switch (principal.role()) {
      case ADMIN, CODER -> true;
      case OFFICIAL -> county.code().equals(principal.county());
      case HOST -> false;
    };
  }

  public static boolean maySeeOverview(Principal principal) {
    return principal.role() == Role.ADMIN || principal.role() == Role.CODER;
  }

  /** Where a reader starts: their county for an official, the overview for everyone else. */
  public static String home(Principal principal) {
    if (principal.role() == Role.OFFICIAL && principal.county() != null) {
      return "/reports/counties/" + principal.county().replace(' ', '-');
    }
    return "/reports/overview";
  }
}
