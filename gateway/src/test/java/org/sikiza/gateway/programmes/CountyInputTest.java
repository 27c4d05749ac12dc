package org.sikiza.gateway.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.config.ConfigLoader;

class CountyInputTest {

  private static final CountyInput COUNTIES = new ConfigLoader(java.util.Map.of()).load().radio().counties();

  @Test
  void knowsKenyasFortySevenCountiesByTheirOfficialCodes() {
    assertEquals(47, COUNTIES.size());
    assertEquals(Optional.of("mombasa"), COUNTIES.byCode(1));
    assertEquals(Optional.of("kisumu"), COUNTIES.byCode(42));
    assertEquals(Optional.of("nairobi"), COUNTIES.byCode(47));
    assertEquals(43, COUNTIES.codeOf("homa bay"));
    assertTrue(COUNTIES.byCode(48).isEmpty());
  }

  @Test
  void resolvesWhatAHostTypes() {
    assertEquals(Optional.of("homa bay"), COUNTIES.resolve("Homa-Bay"));
    assertEquals(Optional.of("homa bay"), COUNTIES.resolve("HOMABAY"));
    assertEquals(Optional.of("muranga"), COUNTIES.resolve("Murang’a County"));
    assertEquals(Optional.of("elgeyo marakwet"), COUNTIES.resolve("elgeyo_marakwet"));
    assertEquals(Optional.of("kisumu"), COUNTIES.resolve(" 42 "));
    assertTrue(COUNTIES.resolve("Atlantis").isEmpty());
    assertTrue(COUNTIES.resolve("").isEmpty());
  }
}
