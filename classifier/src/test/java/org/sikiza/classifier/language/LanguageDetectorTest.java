package org.sikiza.classifier.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sikiza.classifier.text.TextNormaliser;

class LanguageDetectorTest {

  private static final LanguageDetector DETECTOR = LanguageDetector.standard();
  private static final TextNormaliser NORMALISER = TextNormaliser.standard();

  private static String detect(String text) {
    return DETECTOR.detect(text, NORMALISER.tokens(text));
  }

  @Test
  void shortEnglish() {
    assertEquals("eng", detect("no water"));
    assertEquals("eng", detect("pls help us"));
  }

  @Test
  void shortSwahili() {
    assertEquals("swa", detect("hakuna maji"));
    assertEquals("swa", detect("Tafadhali saidia"));
  }

  @Test
  void longEnglishAndSwahili() {
    assertEquals("eng", detect("The borehole in our village has been broken for three months and the county has not sent anyone to repair it"));
    assertEquals("swa", detect("Kisima cha kijiji chetu kimeharibika kwa miezi mitatu na kaunti haijatuma mtu yeyote kukirekebisha"));
  }

  @Test
  void shengAndCodeMixingAreMixed() {
    assertEquals("mixed", detect("Maze wasee wa mtaa hatuna stima wiki nzima"));
    assertEquals("mixed", detect("Youth hatuitwi kwa meetings za budget, tunaitwa tu wakati wa campaign"));
    assertEquals("mixed", detect("Nimeenda NTSA kurenew DL nikaambiwa system iko down"));
  }

  @Test
  void otherLanguagesFallBackToTheOpenNlpModel() {
    assertEquals("fra", detect("Bonjour, nous n'avons pas d'eau potable dans notre quartier depuis une semaine"));
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertEquals("und", detect("👍"));
    assertEquals("und", detect("zzz"));
  }
}
