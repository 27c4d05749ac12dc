package org.sikiza.gateway.outbound;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a recipient's phone number for the outbound queue: AES-256-GCM under a key derived from SIKIZA_SECRET with
 * HKDF-SHA256 (its own label, so it is not the pseudonymisation key), a fresh 96-bit nonce per number, and the
 * queue row's dedupe key as associated data (a sealed number moved to another row does not open).
 * Layout: {@code version(1) ‖ nonce(12) ‖ ciphertext+tag}.
 */
public final class RecipientSealer {

  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] LABEL = "sikiza outbound recipient v1".getBytes(StandardCharsets.UTF_8);

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public RecipientSealer(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("a secret is required to seal phone numbers");
    }
    this.key = new SecretKeySpec(hkdf(secret.getBytes(StandardCharsets.UTF_8), LABEL, 32), "AES");
  }

  public byte[] seal(String number, String rowKey) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(rowKey.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** @throws IllegalArgumentException when the bytes were not sealed by this key for this row */
  public String open(byte[] sealed, String rowKey) {
    if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
      throw new IllegalArgumentException("not a sealed number");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
      cipher.updateAAD(rowKey.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new IllegalArgumentException("the sealed number does not open with this key and row", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** RFC 5869 HKDF-SHA256 with an empty salt (the secret is already a key, not a password). */
  static byte[] hkdf(byte[] inputKey, byte[] info, int length) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
      byte[] pseudoRandomKey = mac.doFinal(inputKey);
      mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
      byte[] output = new byte[length];
      byte[] block = new byte[0];
      int written = 0;
      for (byte counter = 1; written < length; counter++) {
        mac.update(block);
        mac.update(info);
        mac.update(counter);
        block = mac.doFinal();
        int take = Math.min(block.length, length - written);
        System.arraycopy(block, 0, output, written, take);
        written += take;
      }
      return output;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
