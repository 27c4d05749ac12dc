package org.sikiza.classifier.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountyResolverTest {

  private static final CountyResolver RESOLVER = CountyResolver.standard();

  private static String county(String text) {
    return RESOLVER.resolve(text).map(CountyMatch::county).orElse("-");
  }

  @Test
  void toleratesCaseApostrophesHyphensAndSlashes() {
    assertEquals("muranga", county("MURANG'A roads are bad"));
    assertEquals("muranga", county("Muranga roads are bad"));
    assertEquals("homa bay", county("Homabay has no water"));
    assertEquals("homa bay", county("Homa-Bay has no water"));
    assertEquals("taita taveta", county("Taita-Taveta elephants"));
    assertEquals("elgeyo marakwet", county("Elgeyo/Marakwet insecurity"));
  }

  @Test
  void readsMisspellingsAbbreviationsAndLocatives() {
    assertEquals("nairobi", county("niko Nairobbi"));
    assertEquals("nairobi", county("maisha ni ghali Nbi"));
    assertEquals("mombasa", county("maji ni shida Msa"));
    assertEquals("kisumu", county("niko Kisumo"));
    assertEquals("nakuru", county("Nakuru mjini kuna jam"));
    assertEquals("nairobi", county("salamu kutoka Nairobini"));
  }

  @Test
  void bigTownsMapToTheirCounty() {
    assertEquals("uasin gishu", county("Eldoret has no water"));
    assertEquals("kiambu", county("Thika town is dirty"));
    assertEquals("kilifi", county("Malindi beach"));
    assertEquals("nakuru", county("Naivasha flower farms"));
    assertEquals("trans nzoia", county("Kitale market"));
  }

  @Test
  void everydayWordsThatAreWardNamesGiveNoCounty() {
    assertEquals("-", county("Tunauza mboga sokoni"));
    assertEquals("-", county("Wote tunahitaji maji"));
    assertEquals("-", county("The central government forgot us"));
    assertEquals("-", county("The township has no water"));
    assertEquals("-", county("Bahati mbaya mvua haijanyesha"));
  }

  @Test
  void everydayWardNamesCountWithAnExplicitCue() {
    assertEquals("nakuru", county("Bahati ward residents need water"));
    assertEquals("kilifi", county("Sokoni ward residents"));
  }

  @Test
  void wardNamesInSeveralCountiesStayAmbiguous() {
    assertEquals("-", county("Huruma ward needs a clinic"));
    assertEquals("-", county("Township ward has no toilets"));
  }

  @Test
  void twoCountiesNamedEquallyGiveNoCounty() {
    assertEquals("-", county("I moved from Kisumu to Nairobi"));
  }

  @Test
  void roadsNamedAfterTownsAreNotThoseTowns() {
    assertEquals("-", county("Thika road traffic jam"));
    assertEquals("-", county("Ngong road has no walkways"));
  }

  @Test
  void reportsTheMatchedWordsAsWritten() {
    Optional<CountyMatch> match = RESOLVER.resolve("Wakulima wa Murang'a hawana mbolea");
    assertTrue(match.isPresent());
    assertEquals("Murang'a", match.get().matchedText());
    assertTrue(match.get().confidence() > 0.9);
  }

  @Test
  void blankTextHasNoCounty() {
    assertTrue(RESOLVER.resolve("").isEmpty());
    assertTrue(RESOLVER.resolve(null).isEmpty());
  }
}
