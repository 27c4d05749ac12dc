package org.sikiza.gateway.users;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt for the secrets users hold: passwords (cost 12) and the secret half of API tokens (cost 10; they are
 * 256 random bits, so the cost only has to make a stolen table useless, not slow down guessing). Blocking and slow
 * by design: callers run it on a worker thread.
 */
public final class SecretHasher {

  /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
  public static final int MAX_BYTES = 72;

  static final int PASSWORD_COST = 12;
  static final int TOKEN_COST = 10;

  private final int passwordCost;
  private final int tokenCost;

  public SecretHasher() {
    this(PASSWORD_COST, TOKEN_COST);
  }

  /** Lower costs for tests only. */
  SecretHasher(int passwordCost, int tokenCost) {
    this.passwordCost = passwordCost;
    this.tokenCost = tokenCost;
  }

  public String hashPassword(String password) {
    return hash(password, passwordCost);
  }

  public String hashTokenSecret(String secret) {
    return hash(secret, tokenCost);
  }

  public boolean verify(String secret, String hash) {
    if (secret == null || hash == null || secret.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return false;
    }
    return BCrypt.verifyer().verify(secret.toCharArray(), hash).verified;
  }

  public static boolean fits(String secret) {
    return secret.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  private static String hash(String secret, int cost) {
    if (!fits(secret)) {
      throw new IllegalArgumentException("a secret may be at most " + MAX_BYTES + " bytes");
    }
    return BCrypt.withDefaults().hashToString(cost, secret.toCharArray());
  }
}
