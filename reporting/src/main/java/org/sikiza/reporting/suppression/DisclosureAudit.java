package org.sikiza.reporting.suppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out which hidden cells of a report an attacker could recover exactly from the published cells and the
 * published relations between them (totals, sums, changes), the way someone with a spreadsheet would:
 *
 * <ul>
 *   <li>by linear algebra: a hidden cell is recoverable when it is fixed by the relations whatever the other hidden
 *       cells are (reduced row echelon form of the relations over the hidden cells);</li>
 *   <li>by the zero rule: zeros are never hidden, so hidden cells are at least 1; hidden cells of one relation whose
 *       residual equals their number are all 1.</li>
 * </ul>
 *
 * Recovered cells count as published and the search repeats until nothing more falls out. Used to choose extra
 * suppressions for linked tables (the national overview) and, in tests, to attack every report.
 */
public final class DisclosureAudit {

  private static final double EPSILON = 1e-9;

  private DisclosureAudit() {
  }

  /** Every cell is a count (at least 1 when hidden). */
  public static Set<Integer> recoverable(long[] values, boolean[] hidden, List<LinearRelation> relations) {
    boolean[] counts = new boolean[values.length];
    java.util.Arrays.fill(counts, true);
    return recoverable(values, hidden, counts, relations);
  }

  /**
   * @param counts which cells are counts, hence at least 1 when hidden; a change between periods is not
   * @return indexes of hidden cells that can be recovered exactly
   */
  public static Set<Integer> recoverable(long[] values, boolean[] hidden, boolean[] counts,
      List<LinearRelation> relations) {
    boolean[] unknown = hidden.clone();
    Set<Integer> recovered = new TreeSet<>();
    boolean progress = true;
    while (progress) {
      Set<Integer> found = new TreeSet<>();
      found.addAll(byZeroRule(values, unknown, counts, relations));
      found.addAll(byLinearAlgebra(unknown, relations));
      found.removeAll(recovered);
      progress = !found.isEmpty();
      for (int cell : found) {
        unknown[cell] = false;
        recovered.add(cell);
      }
    }
    return recovered;
  }

  private static Set<Integer> byZeroRule(long[] values, boolean[] unknown, boolean[] counts,
      List<LinearRelation> relations) {
    Set<Integer> found = new TreeSet<>();
    for (LinearRelation relation : relations) {
      long residual = 0;
      int sign = 0;
      boolean sameSign = true;
      List<Integer> hiddenCells = new ArrayList<>();
      for (int j = 0; j < relation.cells().length; j++) {
        int cell = relation.cells()[j];
        int coefficient = relation.coefficients()[j];
        if (unknown[cell]) {
          hiddenCells.add(cell);
          sameSign &= sign == 0 || Integer.signum(coefficient) == sign;
          sign = Integer.signum(coefficient);
          sameSign &= Math.abs(coefficient) == 1 && counts[cell];
        } else {
          residual -= (long) coefficient * values[cell];
        }
      }
      // sign * sum(hidden) = residual, each hidden >= 1: when the sum can only be its own count, each is 1.
      if (!hiddenCells.isEmpty() && sameSign && sign * residual == hiddenCells.size()) {
        found.addAll(hiddenCells);
      }
    }
    return found;
  }

  private static Set<Integer> byLinearAlgebra(boolean[] unknown, List<LinearRelation> relations) {
    Map<Integer, Integer> column = new HashMap<>();
    List<Integer> cellOfColumn = new ArrayList<>();
    for (int cell = 0; cell < unknown.length; cell++) {
      if (unknown[cell]) {
        column.put(cell, cellOfColumn.size());
        cellOfColumn.add(cell);
      }
    }
    int n = cellOfColumn.size();
    List<double[]> rows = new ArrayList<>();
    for (LinearRelation relation : relations) {
      double[] row = new double[n];
      boolean any = false;
      for (int j = 0; j < relation.cells().length; j++) {
        Integer c = column.get(relation.cells()[j]);
        if (c != null) {
          row[c] += relation.coefficients()[j];
          any = true;
        }
      }
      if (any) {
        rows.add(row);
      }
    }
    double[][] m = rows.toArray(double[][]::new);
    int[] pivotColumnOfRow = reduce(m, n);
    Set<Integer> found = new TreeSet<>();
    for (int r = 0; r < pivotColumnOfRow.length; r++) {
      int pivot = pivotColumnOfRow[r];
      if (pivot < 0) {
        continue;
      }
      boolean alone = true;
      for (int c = 0; c < n && alone; c++) {
        alone = c == pivot || Math.abs(m[r][c]) < EPSILON;
      }
      if (alone) {
        found.add(cellOfColumn.get(pivot));
      }
    }
    return found;
  }

  /** Reduced row echelon form in place; returns each row's pivot column or -1. */
  private static int[] reduce(double[][] m, int columns) {
    int rows = m.length;
    int[] pivots = new int[rows];
    java.util.Arrays.fill(pivots, -1);
    int r = 0;
    for (int c = 0; c < columns && r < rows; c++) {
      int best = r;
      for (int i = r + 1; i < rows; i++) {
        if (Math.abs(m[i][c]) > Math.abs(m[best][c])) {
          best = i;
        }
      }
      if (Math.abs(m[best][c]) < EPSILON) {
        continue;
      }
      double[] swap = m[r];
      m[r] = m[best];
      m[best] = swap;
      double p = m[r][c];
      for (int j = 0; j < columns; j++) {
        m[r][j] /= p;
      }
      for (int i = 0; i < rows; i++) {
        if (i != r && Math.abs(m[i][c]) > EPSILON) {
          double f = m[i][c];
          for (int j = 0; j < columns; j++) {
            m[i][j] -= f * m[r][j];
          }
        }
      }
      pivots[r] = c;
      r++;
    }
    return pivots;
  }
}
