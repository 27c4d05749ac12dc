package org.sikiza.classifier.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {

  private final TextNormaliser normaliser = TextNormaliser.standard();

  private List<String> tokens(String text) {
    return normaliser.tokens(text);
  }

  @Test
  void lowerCasesAndAppliesNfkc() {
    // Fullwidth letters (NFKC) and the "ﬁ" ligature come out as plain ASCII words.
    assertEquals(List.of("water", "finished"), tokens("ＷＡＴＥＲ ﬁnished"));
  }

  @Test
  void stripsAccentsOnLatinLettersOnly() {
    assertEquals(List.of("cafe", "naive"), tokens("Café naïve"));
    // Devanagari vowel signs are combining marks that carry meaning: they must survive.
    assertEquals(List.of("पानी"), tokens("पानी"));
  }

  @Test
  void collapsesRunsOfThreeOrMoreLetters() {
    assertEquals(List.of("soo", "good"), tokens("sooooo goooood"));
    // Swahili double vowels are spelling, not emphasis.
    assertEquals(List.of("saa", "mzee", "njaa"), tokens("saa mzee njaa"));
  }

  @Test
  void expandsEnglishAndSwahiliShorthand() {
    assertEquals(List.of("please", "how", "are", "you"), tokens("pls hw r u"));
    assertEquals(List.of("the", "government", "because", "school", "hospital"), tokens("the gvt coz skul hosp"));
    assertEquals(List.of("sijui", "siku", "hizi", "serikali"), tokens("cjui ckuizi serkali"));
    assertEquals(List.of("please"), tokens("plzzzz"));
  }

  @Test
  void readsShengXAsS() {
    assertEquals(List.of("sasa", "sawa", "siku"), tokens("xaxa xawa xiku"));
  }

  @Test
  void masksNumbersPhonesUrlsAndEmails() {
    assertEquals(List.of("call", "<phone>", "or", "<phone>"), tokens("call 0712 345 678 or +254722000111"));
    assertEquals(List.of("pay", "ksh", "<num>", "for", "<num>", "days"), tokens("pay ksh200 for 3 days"));
    assertEquals(List.of("<num>", "people"), tokens("1,000 people"));
    assertEquals(List.of("see", "<url>", "and", "<url>"), tokens("see https://example.org/x and www.sikiza.co.ke"));
    assertEquals(List.of("mail", "<email>"), tokens("mail amina@example.com"));
  }

  @Test
  void keepsApostropheWordsAndShortHyphenPrefixesWhole() {
    assertEquals(List.of("ngombe", "muranga", "dont"), tokens("ng'ombe Murang’a don't"));
    assertEquals(List.of("mpesa", "ewaste", "long", "term"), tokens("M-Pesa e-waste long-term"));
  }

  @Test
  void marksEmojiOncePerRun() {
    assertEquals(List.of("asante", "<emoji>"), tokens("asante 🙏🙏🙏"));
  }

  @Test
  void blankTextHasNoTokens() {
    assertTrue(tokens("  ... !!").isEmpty());
    assertTrue(tokens(null).isEmpty());
  }
}
