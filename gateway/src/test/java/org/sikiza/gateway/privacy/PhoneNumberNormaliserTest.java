package org.sikiza.gateway.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberNormaliserTest {

  private final PhoneNumberNormaliser kenya = new PhoneNumberNormaliser("KE");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "0712345678, +254712345678",
      "254712345678, +254712345678",
      "+254712345678, +254712345678",
      "'+254 712 345 678', +254712345678",
      "'0712-345-678', +254712345678",
      "whatsapp:+254712345678, +254712345678",
      "0110123456, +254110123456",
      "254110123456, +254110123456",
      "+14158675309, +14158675309",
      "22555, 22555",
      "SIKIZA, id:sikiza",
      "client:anonymous, id:client:anonymous",
  })
  void bringsEveryFormOfANumberToOne(String raw, String expected) {
    assertEquals(expected, kenya.normalise(raw));
  }
}
