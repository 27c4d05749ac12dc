package org.sikiza.gateway.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a participant's phone number into a stable pseudonym (HMAC-SHA256 keyed by {@code SIKIZA_SECRET},
 * base64url) before it reaches storage or logs. Without the key the number cannot be recovered or
 * confirmed by trying all numbers; with it, the same person always gets the same pseudonym.
 */
public final class ParticipantPseudonymiser {

  private static final String ALGORITHM = "HmacSHA256";

  private final PhoneNumberNormaliser normaliser;
  private final ThreadLocal<Mac> macs;

  public ParticipantPseudonymiser(String secret, PhoneNumberNormaliser normaliser) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("a pseudonymisation secret is required");
    }
    this.normaliser = normaliser;
    SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.macs = ThreadLocal.withInitial(() -> newMac(key));
  }

  /** The pseudonym for a sender as Twilio wrote it ({@code From}); 43 characters. */
  public String pseudonymFor(String rawAddress) {
    String normalised = normaliser.normalise(rawAddress);
    byte[] digest = macs.get().doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  /** A short prefix of a pseudonym for log lines: enough to follow one participant, too short to join on. */
  public static String forLog(String pseudonym) {
    return pseudonym.substring(0, Math.min(8, pseudonym.length()));
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
