package org.sikiza.reporting.suppression;

/**
 * Primary and secondary suppression of one row of counts that adds up to a total (a county's themes, a breakdown
 * by language, a theme's weeks). Themes may overlap (a message with two labels counts in both), so the row can add
 * up to more than its total; the rule treats it as if it added up exactly, which is the worst case for disclosure.
 *
 * <p>Secondary suppression: when the total is published and the hidden cells of the row could be worked out from
 * it (exactly one hidden cell, or hidden cells that can only all be 1), the smallest published non-zero cell is
 * hidden too, and again until that is no longer so. Zeros are never hidden, so an attacker knows every hidden cell
 * is at least 1; the rule accounts for that.
 */
public final class RowSuppression {

  private RowSuppression() {
  }

  /**
   * @param values      the row's counts
   * @param total       the row's total (messages, not the sum of the cells)
   * @param totalHidden true when the total itself is not published
   * @return which cells to hide
   */
  public static boolean[] hide(long[] values, long total, boolean totalHidden, SmallCellRule rule) {
    boolean[] hidden = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      hidden[i] = rule.isSmall(values[i]);
    }
    if (totalHidden) {
      return hidden;
    }
    while (recoverable(values, hidden, total)) {
      int next = smallestPublishedNonZero(values, hidden);
      if (next < 0) {
        break;
      }
      hidden[next] = true;
    }
    return hidden;
  }

  /**
   * {@link #hide} against the row's total and, again, against the sum of its own cells, hiding what either hides.
   * Should the two differ (the rollups of a breakdown and of the themes are kept by different statements), neither
   * can be used to recover a hidden cell. County reports and the overview both suppress rows with this.
   */
  public static boolean[] hideRow(long[] values, long total, boolean totalHidden, SmallCellRule rule) {
    long sum = 0;
    for (long value : values) {
      sum += value;
    }
    boolean[] againstTotal = hide(values, total, totalHidden, rule);
    boolean[] againstSum = hide(values, sum, totalHidden, rule);
    for (int i = 0; i < values.length; i++) {
      againstTotal[i] |= againstSum[i];
    }
    return againstTotal;
  }

  /** True when the hidden cells of the row could be read off from its published cells and total. */
  static boolean recoverable(long[] values, boolean[] hidden, long total) {
    int hiddenCells = 0;
    long residual = total;
    for (int i = 0; i < values.length; i++) {
      if (hidden[i]) {
        hiddenCells++;
      } else {
        residual -= values[i];
      }
    }
    if (hiddenCells == 0) {
      return false;
    }
    // One hidden cell equals the residual; several that are each at least 1 and add up to their own number are 1.
    // (A residual below the number of hidden cells only happens when themes overlap, and then tells nothing exact.)
    return hiddenCells == 1 || residual == hiddenCells;
  }

  private static int smallestPublishedNonZero(long[] values, boolean[] hidden) {
    int best = -1;
    for (int i = 0; i < values.length; i++) {
      if (!hidden[i] && values[i] > 0 && (best < 0 || values[i] < values[best])) {
        best = i;
      }
    }
    return best;
  }
}
