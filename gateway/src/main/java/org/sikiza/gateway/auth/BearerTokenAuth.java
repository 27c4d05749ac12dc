package org.sikiza.gateway.auth;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.users.TokenVerifier;

/**
 * Requires {@code Authorization: Bearer <token>} on API routes: the bootstrap {@code SIKIZA_ADMIN_TOKEN}, which acts
 * as an admin, or a user's API token ({@code skz_...}, checked by a {@link TokenVerifier}), which acts with that
 * user's role and county. Puts the {@link Principal} on the context for {@link RequireRole}.
 */
public final class BearerTokenAuth {

  private final Optional<byte[]> adminToken;
  private final TokenVerifier users;

  /** Only the admin token is accepted. */
  public BearerTokenAuth(Optional<String> adminToken) {
    this(adminToken, token -> Future.succeededFuture(Optional.empty()));
  }

  public BearerTokenAuth(Optional<String> adminToken, TokenVerifier users) {
    this.adminToken = adminToken.map(token -> token.getBytes(StandardCharsets.UTF_8));
    this.users = users;
  }

  public void handle(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(ErrorType.UNAUTHORIZED, "a bearer token is required (Authorization: Bearer <token>)");
    }
    authenticate(header.substring(7).trim()).onComplete(done -> {
      if (done.succeeded() && done.result().isPresent()) {
        done.result().get().attachTo(ctx);
        ctx.next();
      } else if (done.succeeded()) {
        ctx.fail(new ApiException(ErrorType.UNAUTHORIZED, "the bearer token is not valid"));
      } else {
        ctx.fail(done.cause());
      }
    });
  }

  /** Whose token this is: the admin's, a user's, or nobody's. */
  public Future<Optional<Principal>> authenticate(String token) {
    byte[] presented = token.getBytes(StandardCharsets.UTF_8);
    if (adminToken.isPresent() && MessageDigest.isEqual(adminToken.get(), presented)) {
      return Future.succeededFuture(Optional.of(Principal.BOOTSTRAP_ADMIN));
    }
    return users.verify(token);
  }
}
