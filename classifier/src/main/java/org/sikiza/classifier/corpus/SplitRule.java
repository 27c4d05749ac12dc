package org.sikiza.classifier.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Assigns a message to train (70%), dev (15%) or test (15%) from a SHA-256 hash of its text.
 *
 * <p>The key is the text in NFKC, lower case, letters and digits only, single spaces. It is
 * deliberately independent of {@link org.sikiza.classifier.text.TextNormaliser}: improving the
 * feature pipeline must never move examples between splits. Because the split depends only on the
 * message itself, adding examples never moves existing ones, and duplicates (same key) always land
 * in the same split, so they cannot leak from train into test.
 */
public final class SplitRule {

  static final int TRAIN_PERCENT = 70;
  static final int DEV_PERCENT = 15;

  private SplitRule() {
  }

  public static Split splitOf(String text) {
    int bucket = bucket(key(text));
    if (bucket < TRAIN_PERCENT) {
      return Split.TRAIN;
    }
    return bucket < TRAIN_PERCENT + DEV_PERCENT ? Split.DEV : Split.TEST;
  }

  /** 0..99 from the first four bytes of SHA-256(key), read as an unsigned big-endian number. */
  static int bucket(String key) {
    byte[] hash = sha256(key);
    long value = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8) | (hash[3] & 0xFFL);
    return (int) (value % 100);
  }

  static String key(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && key.length() > 0) {
          key.append(' ');
        }
        key.appendCodePoint(cp);
        pendingSpace = false;
      } else {
        pendingSpace = true;
      }
      i += Character.charCount(cp);
    }
    return key.toString();
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
