package org.sikiza.reporting.suppression;

/**
 * The primary suppression rule: a count from 1 to {@code minCell - 1} is never published. Zero is published: it
 * identifies nobody. {@code minCell} is {@code k} in the docs (default 5, {@code SIKIZA_REPORT_MIN_CELL}).
 */
public record SmallCellRule(int minCell) {

  public static final int DEFAULT_MIN_CELL = 5;
  public static final SmallCellRule DEFAULT = new SmallCellRule(DEFAULT_MIN_CELL);

  public SmallCellRule {
    // k = 1 would publish single messages: the rule exists to prevent exactly that, so it cannot be switched off.
    if (minCell < 2 || minCell > 1000) {
      throw new IllegalArgumentException("the minimum cell size must be between 2 and 1000, got " + minCell);
    }
  }

  public boolean isSmall(long count) {
    return count >= 1 && count < minCell;
  }
}
