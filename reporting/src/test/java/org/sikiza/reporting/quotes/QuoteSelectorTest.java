package org.sikiza.reporting.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.reporting.Fixtures;

class QuoteSelectorTest {

  private final QuoteSelector selector = new QuoteSelector(new QuoteScrubber());

  @Test
  void upToThreeQuotesPerThemeMostConfidentFirstAndScrubbed() {
    Map<String, List<String>> chosen = selector.choose(Fixtures.kisumu().quotes(), List.of("SDG3", "SDG6"));
    List<String> health = chosen.get("SDG3");
    assertEquals(3, health.size());
    assertTrue(health.get(0).startsWith("My name is [name], the dispensary"), health.get(0));
    assertFalse(String.join(" ", health).contains("0712345678"));
    assertFalse(String.join(" ", health).contains("Achieng"));
  }

  @Test
  void varietyNoSecondQuoteFromTheSameSenderAndNoNearDuplicate() {
    List<String> health = selector.choose(Fixtures.kisumu().quotes(), List.of("SDG3")).get("SDG3");
    assertFalse(health.stream().anyMatch(q -> q.contains("The same sender again")), "p1 is already quoted");
    assertEquals(1, health.stream().filter(q -> q.startsWith("Hospitali ya Kisumu")).count(), "near duplicates");
    assertTrue(health.contains("Mothers give birth at home because the maternity is far"));
  }

  @Test
  void onlyThemesThatMayBeQuotedGetQuotes() {
    Map<String, List<String>> chosen = selector.choose(Fixtures.kisumu().quotes(), List.of("SDG6"));
    assertEquals(Map.of("SDG6", List.of("<script>alert('x')</script> taps are dry in Manyatta")), chosen);
  }

  @Test
  void aMessageThatIsMostlyPersonalDataIsNotQuoted() {
    List<QuoteCandidate> candidates = List.of(
        new QuoteCandidate(1, "a", "SDG1", 0.99, "Kamau 0712345678 Otieno 0722111222 Wanjiku"),
        new QuoteCandidate(2, "b", "SDG1", 0.50, "Hakuna pesa ya Inua Jamii tangu mwezi wa tano"));
    assertEquals(List.of("Hakuna pesa ya Inua Jamii tangu mwezi wa tano"),
        selector.choose(candidates, List.of("SDG1")).get("SDG1"));
  }
}
