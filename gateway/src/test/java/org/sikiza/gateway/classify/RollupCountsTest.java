package org.sikiza.gateway.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sikiza.gateway.classify.RollupCounts.MessageKey;
import org.sikiza.gateway.classify.RollupCounts.ThemeKey;

class RollupCountsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  @Test
  void aMultiLabelMessageCountsOnceInEachThemeAndOnceInTheTotal() {
    RollupCounts counts = new RollupCounts();
    counts.add("kisumu", List.of("SDG3", "SDG6"), DAY, "sms", +1);
    assertEquals(Map.of(new MessageKey("kisumu", DAY, "sms"), 1), counts.messages());
    assertEquals(Map.of(new ThemeKey("kisumu", "SDG3", DAY, "sms"), 1, new ThemeKey("kisumu", "SDG6", DAY, "sms"), 1),
        counts.themes());
  }

  @Test
  void aReclassificationMovesCountsAndUnchangedCellsCancelOut() {
    RollupCounts counts = new RollupCounts();
    counts.add("kisumu", List.of("SDG3", "SDG6"), DAY, "sms", -1);
    counts.add("kisumu", List.of("SDG6", "SDG16"), DAY, "sms", +1);
    assertTrue(counts.messages().isEmpty());
    assertEquals(Map.of(new ThemeKey("kisumu", "SDG3", DAY, "sms"), -1, new ThemeKey("kisumu", "SDG16", DAY, "sms"), 1),
        counts.themes());
  }

  @Test
  void keysComeInOneFixedOrderSoConcurrentWritersLockAlike() {
    RollupCounts counts = new RollupCounts();
    counts.add("nakuru", List.of("SDG2"), DAY, "sms", 1);
    counts.add("kisumu", List.of("SDG9"), DAY, "sms", 1);
    counts.add("kisumu", List.of("SDG10"), DAY, "sms", 1);
    assertEquals(List.of("kisumu/SDG10", "kisumu/SDG9", "nakuru/SDG2"),
        counts.themes().keySet().stream().map(k -> k.county() + "/" + k.theme()).toList());
  }
}
