package org.sikiza.reporting.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureAuditTest {

  @Test
  void aLoneHiddenCellIsRecoveredFromItsTotal() {
    long[] values = {10, 3, 7, 20};
    boolean[] hidden = {false, true, false, false};
    assertEquals(Set.of(1), DisclosureAudit.recoverable(values, hidden, List.of(LinearRelation.sum(3, 0, 1, 2))));
  }

  @Test
  void twoHiddenCellsOfARowAreSafeUnlessTheyCanOnlyBeOnes() {
    boolean[] hidden = {false, true, true, false};
    assertEquals(Set.of(), DisclosureAudit.recoverable(new long[] {10, 3, 7, 20}, hidden,
        List.of(LinearRelation.sum(3, 0, 1, 2))));
    assertEquals(Set.of(1, 2), DisclosureAudit.recoverable(new long[] {18, 1, 1, 20}, hidden,
        List.of(LinearRelation.sum(3, 0, 1, 2))));
  }

  @Test
  void aBridgeBetweenTwoProtectedBlocksOfATableIsRecovered() {
    // A 2x4 table with row and column totals. Hidden: a 2x2 block in columns 0-1, a 2x2 block in columns 2-3,
    // and nothing joins them: safe. Then only (0,0),(0,1),(1,0),(1,1) are hidden plus (0,2): (0,2) is alone in its
    // column, recovered; and with it the block stays safe.
    long[][] cells = {{3, 8, 9, 2}, {6, 4, 7, 11}};
    long[] values = new long[8 + 2 + 4];
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 4; c++) {
        values[r * 4 + c] = cells[r][c];
        values[8 + r] += cells[r][c];
        values[10 + c] += cells[r][c];
      }
    }
    List<LinearRelation> relations = List.of(
        LinearRelation.sum(8, 0, 1, 2, 3), LinearRelation.sum(9, 4, 5, 6, 7),
        LinearRelation.sum(10, 0, 4), LinearRelation.sum(11, 1, 5), LinearRelation.sum(12, 2, 6),
        LinearRelation.sum(13, 3, 7));
    boolean[] blocks = new boolean[values.length];
    for (int cell : new int[] {0, 1, 4, 5, 2, 3, 6, 7}) {
      blocks[cell] = true;
    }
    assertEquals(Set.of(), DisclosureAudit.recoverable(values, blocks, relations));
    boolean[] withLoneCell = new boolean[values.length];
    for (int cell : new int[] {0, 1, 4, 5, 2}) {
      withLoneCell[cell] = true;
    }
    assertEquals(Set.of(2), DisclosureAudit.recoverable(values, withLoneCell, relations));
  }

  @Test
  void aChangeRevealsTheHiddenSideWhenTheOtherSideIsShown() {
    // change = now - before, with before hidden and both now and change shown.
    long[] values = {4, 12, 8};
    boolean[] hidden = {false, false, true};
    assertEquals(Set.of(2), DisclosureAudit.recoverable(values, hidden, new boolean[] {false, true, true},
        List.of(LinearRelation.difference(0, 1, 2))));
  }
}
