package org.sikiza.gateway.auth;

import java.util.Locale;
import java.util.Optional;

/** What a user may do: admins everything, hosts log call-ins, coders review labels, officials read their county. */
public enum Role {
  ADMIN, HOST, CODER, OFFICIAL;

  public String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
