package org.sikiza.reporting.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuoteScrubberTest {

  private final QuoteScrubber scrubber = new QuoteScrubber();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Call me on 0712 345 678 about the water | 0712",
      "Niko na shida, nipigie +254712345678 tafadhali | 712345678",
      "my number is 254-712-345-678 | 345",
      "Reach me at (0712) 345678 | 345678",
      "My ID is 23456789 and they refused to register me | 23456789",
      "ID no. 1234567 lost at the chief's office | 1234567",
      "Write to jane.wanjiru@gmail.com for details | gmail",
      "email me: otieno (at) yahoo (dot) com | yahoo",
      "Follow @kamau_the_farmer for more | kamau_the_farmer",
      "See https://example.org/x?y=1 for the list | example.org",
      "I sent 500 via M-Pesa code QJK3H7Y2LM but nothing came | QJK3H7Y2LM",
      "The matatu KCB 123A hit a child at the stage | 123A",
  })
  void numbersAddressesAndCodesAreRemoved(String message, String mustNotRemain) {
    String scrubbed = scrubber.scrub(message);
    assertFalse(scrubbed.contains(mustNotRemain), scrubbed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "My name is John Otieno and the clinic has no drugs | John,Otieno",
      "my name is wanjiku, we have no water in Kiambu | wanjiku",
      "Naitwa Achieng kutoka Kisumu, hospitali haina dawa | Achieng",
      "Jina langu ni baraka mwangi, barabara ni mbaya | baraka,mwangi",
      "This is Kiprop from Eldoret, the school needs teachers | Kiprop",
      "Mimi ni Nyaboke, tunaomba maji safi | Nyaboke",
      "Mheshimiwa Kamau has not built the road he promised | Kamau",
      "Chief Lekishon refused to help the widows | Lekishon",
      "MCA Wafula took the bursary money | Wafula",
      "The nurse at the dispensary, Mrs Akinyi, asks for bribes | Akinyi",
      "Tell Governor Sakaja the garbage is not collected | Sakaja",
      "The road to the market is impassable. - Mutua | Mutua",
      "We need a borehole in our village. Asante, Halima | Halima",
      "Wanjiru and Onyango were beaten by police at the protest | Wanjiru,Onyango",
      "Our neighbour Juma lost his land to a grabber | Juma",
  })
  void personalNamesAreRemoved(String message, String names) {
    String scrubbed = scrubber.scrub(message);
    for (String name : names.split(",")) {
      assertFalse(scrubbed.contains(name), scrubbed + " still contains " + name);
    }
    assertTrue(scrubbed.contains(QuoteScrubber.NAME), scrubbed);
  }

  @Test
  void ordinaryWordsPlacesAndAmountsStay() {
    String message = "Maji hakuna Kisumu kwa wiki mbili, tunalipa 50 shillings kwa mtungi. Hawa watu wa county "
        + "hawasikii. Amina!";
    String scrubbed = scrubber.scrub(message);
    assertEquals(message, scrubbed);
  }

  @Test
  void everydayWordsThatAreAlsoNamesStayWhenNotUsedAsNames() {
    assertEquals("We need hope and grace, and juma hii tumeteseka sana.",
        scrubber.scrub("We need hope and grace, and juma hii tumeteseka sana."));
    assertEquals("Mimi ni mkulima na sina mbolea.", scrubber.scrub("Mimi ni mkulima na sina mbolea."));
    assertEquals("This is a big problem for the youth.", scrubber.scrub("This is a big problem for the youth."));
  }

  @Test
  void markupIsKeptAsTextForTheTemplateToEscape() {
    assertEquals("<script>alert(1)</script> no water", scrubber.scrub("<script>alert(1)</script> no water"));
  }

  @Test
  void longMessagesAreCutAtAWordBoundary() {
    String scrubbed = scrubber.scrub("water ".repeat(100));
    assertTrue(scrubbed.length() <= QuoteScrubber.MAX_LENGTH + 1);
    assertTrue(scrubbed.endsWith("…"));
    assertFalse(scrubbed.contains("wate…"));
  }

  @Test
  void repeatedPlaceholdersCollapse() {
    assertEquals("Call [number] or [email]", scrubber.scrub("Call 0712345678, 0733 444 555 or x@y.co.ke"));
  }
}
