package org.sikiza.gateway.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParticipantPseudonymiserTest {

  private final ParticipantPseudonymiser pseudonyms =
      new ParticipantPseudonymiser("secret-one", new PhoneNumberNormaliser("KE"));

  @Test
  void onePersonHasOnePseudonymWhateverFormTheNumberCameIn() {
    String expected = pseudonyms.pseudonymFor("+254712345678");
    assertEquals(expected, pseudonyms.pseudonymFor("0712345678"));
    assertEquals(expected, pseudonyms.pseudonymFor("254712345678"));
    assertEquals(expected, pseudonyms.pseudonymFor("whatsapp:+254712345678"));
    assertEquals(43, expected.length());
  }

  @Test
  void thePseudonymRevealsNothingOfTheNumberAndDependsOnTheKey() {
    String pseudonym = pseudonyms.pseudonymFor("+254712345678");
    assertFalse(pseudonym.contains("712345678"));
    assertFalse(pseudonym.contains("345678"));
    ParticipantPseudonymiser otherKey = new ParticipantPseudonymiser("secret-two", new PhoneNumberNormaliser("KE"));
    assertNotEquals(pseudonym, otherKey.pseudonymFor("+254712345678"));
    assertNotEquals(pseudonym, pseudonyms.pseudonymFor("+254712345679"));
  }

  @Test
  void refusesToWorkWithoutAKey() {
    assertThrows(IllegalArgumentException.class, () -> new ParticipantPseudonymiser(" ", new PhoneNumberNormaliser("KE")));
  }
}
