package org.sikiza.reporting.suppression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverviewSuppressionTest {

  private static final SmallCellRule K5 = new SmallCellRule(5);

  @Test
  void aCountyRowIsHiddenExactlyAsThatCountysOwnReportHidesIt() {
    long[][] cells = {{20, 3, 0, 9}, {50, 40, 30, 20}, {7, 7, 7, 7}};
    long[] totals = {32, 140, 28};
    OverviewSuppression.Result result = OverviewSuppression.suppress(cells, totals, new long[4][0], K5);
    for (int r = 0; r < cells.length; r++) {
      assertArrayEquals(RowSuppression.hideRow(cells[r], totals[r], false, K5), result.cells()[r]);
    }
  }

  @Test
  void aThemeWithOneHiddenCountyHidesItsNationalTotalRatherThanAnotherCountysCell() {
    // Column 1 holds one hidden cell (3, with its row complement 9 in column 3): the national total of theme 1
    // would give the 3 away, so it is hidden, and then one of its weeks.
    long[][] cells = {{20, 3, 0, 9}, {50, 40, 30, 20}};
    long[] totals = {32, 140};
    long[][] weeks = {{30, 40}, {20, 23}, {10, 20}, {14, 15}};
    OverviewSuppression.Result result = OverviewSuppression.suppress(cells, totals, weeks, K5);
    assertTrue(result.themeTotals()[1]);
    assertTrue(result.weeks()[1][0] || result.weeks()[1][1]);
    assertArrayEquals(new boolean[] {false, false, false, false}, result.cells()[1]);
    assertEquals(Set.of(), attack(cells, totals, weeks, result));
  }

  @Test
  void aSmallCountyTotalHidesTheNationalTotal() {
    long[][] cells = {{3, 0}, {50, 40}, {30, 45}};
    long[] totals = {3, 90, 75};
    OverviewSuppression.Result result = OverviewSuppression.suppress(cells, totals, new long[2][0], K5);
    assertTrue(result.countyTotals()[0]);
    assertTrue(result.nationalTotal());
    assertEquals(Set.of(), attack(cells, totals, new long[2][0], result));
  }

  @Test
  void randomTablesLeaveNothingRecoverableAcrossRowsColumnsWeeksAndTotals() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      int rows = 2 + random.nextInt(10);
      int themes = 2 + random.nextInt(8);
      int weekCount = random.nextInt(5);
      long[][] cells = new long[rows][themes];
      long[] totals = new long[rows];
      long[][] weeks = new long[themes][weekCount];
      for (int r = 0; r < rows; r++) {
        for (int t = 0; t < themes; t++) {
          int kind = random.nextInt(5);
          cells[r][t] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(kind * 15);
          totals[r] += cells[r][t];
        }
      }
      for (int t = 0; t < themes; t++) {
        long column = 0;
        for (long[] row : cells) {
          column += row[t];
        }
        // Split the theme's national count over its weeks.
        for (int w = 0; w < weekCount; w++) {
          long part = w == weekCount - 1 ? column : random.nextInt((int) column + 1);
          weeks[t][w] = part;
          column -= part;
        }
      }
      OverviewSuppression.Result result = OverviewSuppression.suppress(cells, totals, weeks, K5);
      for (int r = 0; r < rows; r++) {
        assertArrayEquals(RowSuppression.hideRow(cells[r], totals[r], K5.isSmall(totals[r]), K5), result.cells()[r]);
      }
      int finalRound = round;
      assertEquals(Set.of(), attack(cells, totals, weeks, result), () -> "round " + finalRound);
    }
  }

  /** The small counts that can be worked out from the published overview: rows, columns, weeks and totals. */
  static Set<Integer> attack(long[][] cells, long[] totals, long[][] weeks, OverviewSuppression.Result result) {
    int rows = cells.length;
    int themes = cells[0].length;
    int weekCount = weeks.length == 0 ? 0 : weeks[0].length;
    int size = rows * themes + rows + themes + 1 + themes * weekCount;
    long[] values = new long[size];
    boolean[] hidden = new boolean[size];
    List<LinearRelation> relations = new ArrayList<>();
    int national = rows * themes + rows + themes;
    long nationalValue = 0;
    for (int r = 0; r < rows; r++) {
      int[] parts = new int[themes];
      for (int t = 0; t < themes; t++) {
        values[r * themes + t] = cells[r][t];
        hidden[r * themes + t] = result.cells()[r][t];
        values[rows * themes + rows + t] += cells[r][t];
        parts[t] = r * themes + t;
      }
      values[rows * themes + r] = totals[r];
      hidden[rows * themes + r] = result.countyTotals()[r];
      nationalValue += totals[r];
      relations.add(LinearRelation.sum(rows * themes + r, parts));
    }
    values[national] = nationalValue;
    hidden[national] = result.nationalTotal();
    int[] countyTotals = new int[rows];
    for (int r = 0; r < rows; r++) {
      countyTotals[r] = rows * themes + r;
    }
    relations.add(LinearRelation.sum(national, countyTotals));
    int[] themeTotals = new int[themes];
    for (int t = 0; t < themes; t++) {
      int column = rows * themes + rows + t;
      themeTotals[t] = column;
      hidden[column] = result.themeTotals()[t];
      int[] parts = new int[rows];
      for (int r = 0; r < rows; r++) {
        parts[r] = r * themes + t;
      }
      relations.add(LinearRelation.sum(column, parts));
      if (weekCount > 0) {
        int[] weekCells = new int[weekCount];
        for (int w = 0; w < weekCount; w++) {
          int cell = national + 1 + t * weekCount + w;
          values[cell] = weeks[t][w];
          hidden[cell] = result.weeks()[t][w];
          weekCells[w] = cell;
        }
        relations.add(LinearRelation.sum(column, weekCells));
      }
    }
    relations.add(LinearRelation.sum(national, themeTotals));
    Set<Integer> recovered = new java.util.TreeSet<>(DisclosureAudit.recoverable(values, hidden, relations));
    recovered.removeIf(cell -> !K5.isSmall(values[cell]));
    return recovered;
  }
}
