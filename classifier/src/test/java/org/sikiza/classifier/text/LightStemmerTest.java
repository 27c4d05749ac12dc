package org.sikiza.classifier.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LightStemmerTest {

  private static Set<String> forms(String word) {
    List<String> out = new ArrayList<>();
    out.add(word);
    LightStemmer.stems(word, out);
    return new HashSet<>(out);
  }

  private static void assertShareAStem(String a, String b) {
    assertFalse(Collections.disjoint(forms(a), forms(b)), a + " and " + b + " should share a feature");
  }

  @Test
  void swahiliLocativesShareTheirNoun() {
    assertShareAStem("hospitali", "hospitalini");
    assertShareAStem("maji", "majini");
    assertShareAStem("shule", "shuleni");
  }

  @Test
  void singularAndPluralNounClassesShareAStem() {
    assertShareAStem("mwanafunzi", "wanafunzi");
    assertShareAStem("mtoto", "watoto");
    assertShareAStem("mkulima", "wakulima");
    assertShareAStem("kitabu", "vitabu");
  }

  @Test
  void verbFormsShareTheirRoot() {
    assertShareAStem("tunataka", "wanataka");
    assertShareAStem("wamechoka", "nimechoka");
  }

  @Test
  void englishInflectionsShareTheirBase() {
    assertShareAStem("schools", "school");
    assertShareAStem("families", "family");
  }

  @Test
  void shortWordsAreLeftAlone() {
    assertTrue(forms("maji").contains("maji"));
    assertTrue(forms("na").size() == 1);
  }
}
