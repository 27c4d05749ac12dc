package org.sikiza.gateway.auth;

import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * Requires {@code Authorization: Bearer <token>} on API routes. For now the one token is the bootstrap
 * {@code SIKIZA_ADMIN_TOKEN}, which acts as an admin; user tokens with roles build on this. Puts the
 * {@link Principal} on the context for {@link RequireRole}.
 */
public final class BearerTokenAuth {

  private final Optional<byte[]> adminToken;

  public BearerTokenAuth(Optional<String> adminToken) {
    this.adminToken = adminToken.map(token -> token.getBytes(StandardCharsets.UTF_8));
  }

  public void handle(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(ErrorType.UNAUTHORIZED, "a bearer token is required (Authorization: Bearer <token>)");
    }
    byte[] presented = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    if (adminToken.isEmpty() || !MessageDigest.isEqual(adminToken.get(), presented)) {
      throw new ApiException(ErrorType.UNAUTHORIZED, "the bearer token is not valid");
    }
    Principal.BOOTSTRAP_ADMIN.attachTo(ctx);
    ctx.next();
  }
}
