package org.sikiza.gateway.users;

import io.vertx.core.Future;
import java.util.Optional;
import org.sikiza.gateway.auth.Principal;

/** Says whose API token a bearer token is; empty when it is nobody's (wrong, revoked, or its user disabled). */
public interface TokenVerifier {

  Future<Optional<Principal>> verify(String token);
}
