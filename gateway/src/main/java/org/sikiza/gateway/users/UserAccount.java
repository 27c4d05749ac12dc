package org.sikiza.gateway.users;

import org.sikiza.gateway.auth.Principal;
import org.sikiza.gateway.auth.Role;

/**
 * A stored user: name, role, county (officials only) and whether a password is set. Hashes stay in the database
 * layer and never leave {@link UserStore} except for verification.
 */
public record UserAccount(long id, String name, Role role, String county, boolean hasPassword, boolean disabled) {

  public Principal principal() {
    return new Principal(name, role, county);
  }
}
