package org.sikiza.gateway.users;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API token, {@code skz_<id>_<secret>}: the id (16 hex digits) is the fast lookup key stored as it is; the secret
 * (256 random bits, base64url) is stored only as a bcrypt hash. Shown to its user once, when issued.
 */
public record ApiToken(String id, String secret) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT = Pattern.compile("skz_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

  public static ApiToken generate() {
    byte[] id = new byte[8];
    byte[] secret = new byte[32];
    RANDOM.nextBytes(id);
    RANDOM.nextBytes(secret);
    return new ApiToken(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  public static Optional<ApiToken> parse(String presented) {
    if (presented == null) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(presented.trim());
    return matcher.matches() ? Optional.of(new ApiToken(matcher.group(1), matcher.group(2))) : Optional.empty();
  }

  /** The token as the user types it. */
  public String value() {
    return "skz_" + id + "_" + secret;
  }

  @Override
  public String toString() {
    return "ApiToken[id=" + id + "]";
  }
}
