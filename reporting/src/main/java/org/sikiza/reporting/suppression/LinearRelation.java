package org.sikiza.reporting.suppression;

import java.util.Arrays;

/**
 * A published relation between cells of a report: {@code sum(coefficients[j] * cell[cells[j]]) = 0}. A row total is
 * {@code total - a - b - c = 0}; a change is {@code change - now + before = 0}.
 */
public record LinearRelation(int[] cells, int[] coefficients) {

  public LinearRelation {
    if (cells.length != coefficients.length) {
      throw new IllegalArgumentException("one coefficient per cell");
    }
    cells = cells.clone();
    coefficients = coefficients.clone();
  }

  /** {@code total = sum(parts)}. */
  public static LinearRelation sum(int total, int... parts) {
    int[] cells = new int[parts.length + 1];
    int[] coefficients = new int[parts.length + 1];
    cells[0] = total;
    coefficients[0] = 1;
    for (int i = 0; i < parts.length; i++) {
      cells[i + 1] = parts[i];
      coefficients[i + 1] = -1;
    }
    return new LinearRelation(cells, coefficients);
  }

  /** {@code change = now - before}. */
  public static LinearRelation difference(int change, int now, int before) {
    return new LinearRelation(new int[] {change, now, before}, new int[] {1, -1, 1});
  }

  public boolean involves(int cell) {
    return Arrays.stream(cells).anyMatch(c -> c == cell);
  }
}
