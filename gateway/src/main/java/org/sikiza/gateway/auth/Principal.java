package org.sikiza.gateway.auth;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Who is making a request, once authenticated: put on the routing context by the authentication handlers.
 *
 * @param county the county an official belongs to; null for other roles
 */
public record Principal(String name, Role role, String county) {

  static final String CONTEXT_KEY = "sikiza.principal";

  public static final Principal BOOTSTRAP_ADMIN = new Principal("bootstrap-admin", Role.ADMIN, null);

  public void attachTo(RoutingContext ctx) {
    ctx.put(CONTEXT_KEY, this);
  }

  public static Optional<Principal> of(RoutingContext ctx) {
    return Optional.ofNullable(ctx.get(CONTEXT_KEY));
  }
}
