package org.sikiza.reporting.suppression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowSuppressionTest {

  private static final SmallCellRule K5 = new SmallCellRule(5);

  @Test
  void countsFromOneToFourAreHiddenZeroAndFiveAreShown() {
    boolean[] hidden = RowSuppression.hide(new long[] {0, 1, 4, 5, 100}, 110, true, K5);
    assertArrayEquals(new boolean[] {false, true, true, false, false}, hidden);
  }

  @Test
  void aSingleHiddenCellTakesTheNextSmallestNonZeroCellWithIt() {
    // 40 = 20 + 3 + 0 + 9 + 8: with 3 alone hidden, 40 - 20 - 9 - 8 gives it away.
    long[] row = {20, 3, 0, 9, 8};
    boolean[] hidden = RowSuppression.hide(row, 40, false, K5);
    assertArrayEquals(new boolean[] {false, true, false, false, true}, hidden);
    assertEquals(Set.of(), attack(row, hidden, 40));
  }

  @Test
  void hiddenCellsThatCouldOnlyAllBeOneAreProtectedToo() {
    // Two cells of 1 with the total published: the residual 2 over two hidden cells, each at least 1, means 1 and 1.
    long[] row = {1, 1, 30, 40};
    boolean[] hidden = RowSuppression.hide(row, 72, false, K5);
    assertTrue(hidden[0] && hidden[1]);
    assertTrue(hidden[2], "a third cell is hidden so that the residual is no longer the count of hidden cells");
    assertFalse(hidden[3]);
    assertEquals(Set.of(), attack(row, hidden, 72));
  }

  @Test
  void whenTheTotalIsHiddenOnlySmallCellsAreHidden() {
    boolean[] hidden = RowSuppression.hide(new long[] {3, 0, 1}, 4, true, K5);
    assertArrayEquals(new boolean[] {true, false, true}, hidden);
  }

  @Test
  void zerosAreNeverChosenAsComplements() {
    boolean[] hidden = RowSuppression.hide(new long[] {2, 0, 0, 50}, 52, false, K5);
    assertArrayEquals(new boolean[] {true, false, false, true}, hidden);
  }

  @Test
  void overlappingThemesMakeTheRowAddUpToMoreThanItsTotalAndStillNoCellIsExposed() {
    // 30 messages, 6 of them with two themes: the cells add up to 36.
    long[] row = {12, 4, 14, 6};
    boolean[] hidden = RowSuppression.hide(row, 30, false, K5);
    assertTrue(hidden[1]);
    assertEquals(2, count(hidden));
    assertEquals(Set.of(), attack(row, hidden, 30));
  }

  @Test
  void hideRowAlsoProtectsAgainstTheSumOfTheCells() {
    // Breakdown cells that add up to 31 while the published total says 30: either could be used to subtract.
    long[] row = {3, 20, 8};
    boolean[] hidden = RowSuppression.hideRow(row, 30, false, K5);
    assertEquals(Set.of(), attack(row, hidden, 30));
    assertEquals(Set.of(), attack(row, hidden, 31));
  }

  @Test
  void randomRowsNeverExposeAHiddenCellBySubtractionOrByTheZeroRule() {
    Random random = new Random(20240601);
    for (int round = 0; round < 5_000; round++) {
      int n = 2 + random.nextInt(17);
      long[] row = new long[n];
      long total = 0;
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(4);
        row[i] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(kind == 2 ? 12 : 400);
        total += row[i];
      }
      SmallCellRule rule = new SmallCellRule(2 + random.nextInt(9));
      boolean totalHidden = rule.isSmall(total);
      boolean[] hidden = RowSuppression.hideRow(row, total, totalHidden, rule);
      for (int i = 0; i < n; i++) {
        if (rule.isSmall(row[i])) {
          assertTrue(hidden[i], "small cells are always hidden");
        }
        if (row[i] == 0) {
          assertFalse(hidden[i], "zeros are never hidden");
        }
      }
      if (!totalHidden) {
        assertEquals(Set.of(), attack(row, hidden, total), () -> "row " + java.util.Arrays.toString(row));
      }
    }
  }

  /** Everything a person with the published row and total can work out exactly. */
  static Set<Integer> attack(long[] row, boolean[] hidden, long total) {
    int n = row.length;
    long[] values = new long[n + 1];
    boolean[] allHidden = new boolean[n + 1];
    System.arraycopy(row, 0, values, 0, n);
    System.arraycopy(hidden, 0, allHidden, 0, n);
    values[n] = total;
    int[] parts = new int[n];
    for (int i = 0; i < n; i++) {
      parts[i] = i;
    }
    List<LinearRelation> relations = new ArrayList<>(List.of(LinearRelation.sum(n, parts)));
    return DisclosureAudit.recoverable(values, allHidden, relations);
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean flag : flags) {
      n += flag ? 1 : 0;
    }
    return n;
  }
}
