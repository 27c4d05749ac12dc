package org.sikiza.gateway.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RecipientSealerTest {

  @Test
  void opensWhatItSealedForTheSameRowOnly() {
    RecipientSealer sealer = new RecipientSealer("secret");
    byte[] sealed = sealer.seal("+254712345678", "voice-confirmation:CA1");
    assertEquals("+254712345678", sealer.open(sealed, "voice-confirmation:CA1"));
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("712345678"));
    assertThrows(IllegalArgumentException.class, () -> sealer.open(sealed, "voice-confirmation:CA2"));
    assertThrows(IllegalArgumentException.class, () -> new RecipientSealer("other secret").open(sealed,
        "voice-confirmation:CA1"));
    byte[] tampered = sealed.clone();
    tampered[tampered.length - 1] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> sealer.open(tampered, "voice-confirmation:CA1"));
  }

  @Test
  void sealsTheSameNumberDifferentlyEachTime() {
    RecipientSealer sealer = new RecipientSealer("secret");
    assertFalse(Arrays.equals(sealer.seal("+254712345678", "k"), sealer.seal("+254712345678", "k")));
  }

  @Test
  void derivesKeysWithRfc5869Hkdf() {
    // RFC 5869 test case 3: SHA-256, zero-length salt and info.
    byte[] key = HexFormat.of().parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    assertEquals("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8",
        HexFormat.of().formatHex(RecipientSealer.hkdf(key, new byte[0], 42)));
  }
}
