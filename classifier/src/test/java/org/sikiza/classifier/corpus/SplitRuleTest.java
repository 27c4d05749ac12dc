package org.sikiza.classifier.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitRuleTest {

  @Test
  void keyIgnoresCasePunctuationAndSpacing() {
    assertEquals("hakuna maji kwetu", SplitRule.key("  Hakuna MAJI!!  kwetu..."));
    assertEquals(SplitRule.splitOf("Hakuna maji kwetu"), SplitRule.splitOf("hakuna  maji, kwetu!"));
  }

  @Test
  void bucketsAreTheDocumentedSha256Rule() {
    // First four bytes of SHA-256("hakuna maji kwetu") as an unsigned number, modulo 100.
    // If this changes, every example may move between train, dev and test: do not change the rule.
    assertEquals(SplitRule.bucket("hakuna maji kwetu"), SplitRule.bucket("hakuna maji kwetu"));
    assertEquals(expectedBucket("hakuna maji kwetu"), SplitRule.bucket("hakuna maji kwetu"));
    assertEquals(expectedBucket("the water is dirty"), SplitRule.bucket("the water is dirty"));
  }

  private static int expectedBucket(String key) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      long value = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8) | (hash[3] & 0xFFL);
      return (int) (value % 100);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void proportionsAreSeventyFifteenFifteen() {
    Map<Split, Integer> counts = new EnumMap<>(Split.class);
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      counts.merge(SplitRule.splitOf("message number " + i), 1, Integer::sum);
    }
    assertEquals(0.70, counts.get(Split.TRAIN) / (double) n, 0.015);
    assertEquals(0.15, counts.get(Split.DEV) / (double) n, 0.015);
    assertEquals(0.15, counts.get(Split.TEST) / (double) n, 0.015);
  }

  @Test
  void addingExamplesNeverMovesExistingOnes() {
    Split before = SplitRule.splitOf("Maji ni shida huku Kitui");
    for (int i = 0; i < 1000; i++) {
      SplitRule.splitOf("new example " + i);
    }
    assertTrue(before == SplitRule.splitOf("Maji ni shida huku Kitui"));
  }
}
