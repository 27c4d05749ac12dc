package org.sikiza.gateway.auth;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.EnumSet;
import java.util.Set;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/** Lets a request through only when its authenticated principal has one of the given roles (403 otherwise). */
public final class RequireRole implements Handler<RoutingContext> {

  private final Set<Role> allowed;

  private RequireRole(Set<Role> allowed) {
    this.allowed = allowed;
  }

  public static RequireRole anyOf(Role first, Role... rest) {
    return new RequireRole(EnumSet.of(first, rest));
  }

  @Override
  public void handle(RoutingContext ctx) {
    Principal principal = Principal.of(ctx)
        .orElseThrow(() -> new ApiException(ErrorType.UNAUTHORIZED, "a bearer token is required"));
    if (!allowed.contains(principal.role())) {
      throw new ApiException(ErrorType.FORBIDDEN, "role " + principal.role().dbValue() + " may not do this");
    }
    ctx.next();
  }
}
