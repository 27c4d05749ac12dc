package org.sikiza.gateway.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SpokenChoiceTest {

  private static final List<LanguageChoice> LANGUAGES = List.of(
      new LanguageChoice(1, "eng", List.of("english", "kiingereza"), null, null, "en-KE"),
      new LanguageChoice(2, "swa", List.of("kiswahili", "swahili"), null, null, "sw-KE"));

  @Test
  void readsNumbersPressedOrSaidInEnglishOrSwahili() {
    assertEquals(OptionalInt.of(42), SpokenChoice.number("42#", null));
    assertEquals(OptionalInt.of(2), SpokenChoice.number(null, "Two."));
    assertEquals(OptionalInt.of(3), SpokenChoice.number(null, "namba tatu"));
    assertEquals(OptionalInt.of(7), SpokenChoice.number("", "option 7 please"));
    assertTrue(SpokenChoice.number("#", "no idea").isEmpty());
    assertTrue(SpokenChoice.number("12345", null).isEmpty(), "longer than any menu");
  }

  @Test
  void choosesALanguageByKeyWordOrNumber() {
    assertEquals("swa", SpokenChoice.language("2", null, LANGUAGES).orElseThrow().code());
    assertEquals("swa", SpokenChoice.language(null, "Kiswahili tafadhali", LANGUAGES).orElseThrow().code());
    assertEquals("eng", SpokenChoice.language(null, "English.", LANGUAGES).orElseThrow().code());
    assertEquals("eng", SpokenChoice.language(null, "one", LANGUAGES).orElseThrow().code());
    assertTrue(SpokenChoice.language("9", null, LANGUAGES).isEmpty());
    assertTrue(SpokenChoice.language(null, "French", LANGUAGES).isEmpty());
  }

  @Test
  void knowsWhenNothingWasGiven() {
    assertTrue(SpokenChoice.nothingGiven(null, null));
    assertTrue(SpokenChoice.nothingGiven("#", " "));
    assertTrue(!SpokenChoice.nothingGiven("1", null));
  }
}
