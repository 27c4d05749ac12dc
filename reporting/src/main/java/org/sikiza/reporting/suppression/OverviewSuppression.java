package org.sikiza.reporting.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Suppression for the national overview: counties × themes, each county's total, each theme's national total, the
 * national total, and each theme's weekly national counts.
 *
 * <p>Each county row is suppressed with {@link RowSuppression#hideRow} exactly as that county's own report is, so the two
 * can be laid side by side without one revealing what the other hides. Protection along columns (a theme across
 * counties) and across weeks is then bought only by hiding national aggregates (weekly counts first, then a theme's
 * national total, then the national total), chosen until {@link DisclosureAudit} can no longer reach a small count.
 */
public final class OverviewSuppression {

  /** Which figures of the overview are hidden. */
  public record Result(boolean[][] cells, boolean[] countyTotals, boolean[] themeTotals, boolean nationalTotal,
      boolean[][] weeks) {}

  private OverviewSuppression() {
  }

  /**
   * @param cells         [county][theme] counts
   * @param countyTotals  [county] feedback messages (a message with two themes counts once)
   * @param weeks         [theme][week] national counts; each theme's weeks add up to its national total
   */
  public static Result suppress(long[][] cells, long[] countyTotals, long[][] weeks, SmallCellRule rule) {
    Layout layout = new Layout(cells.length, cells.length == 0 ? weeks.length : cells[0].length,
        weeks.length == 0 ? 0 : weeks[0].length);
    long[] values = layout.values(cells, countyTotals, weeks);
    boolean[] hidden = new boolean[values.length];
    boolean[] hideable = new boolean[values.length];
    for (int r = 0; r < layout.rows; r++) {
      hidden[layout.total(r)] = rule.isSmall(countyTotals[r]);
      boolean[] row = RowSuppression.hideRow(cells[r], countyTotals[r], hidden[layout.total(r)], rule);
      for (int t = 0; t < layout.themes; t++) {
        hidden[layout.cell(r, t)] = row[t];
      }
    }
    for (int t = 0; t < layout.themes; t++) {
      hideable[layout.themeTotal(t)] = true;
      for (int w = 0; w < layout.weeks; w++) {
        hideable[layout.week(t, w)] = true;
      }
    }
    hideable[layout.national()] = true;
    boolean[] sensitive = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      sensitive[i] = rule.isSmall(values[i]);
      hidden[i] |= sensitive[i];
    }
    List<LinearRelation> relations = layout.relations();
    for (int round = 0; round < values.length; round++) {
      // Only small counts need protecting: a complement that can be worked out is harmless as long as the audit,
      // which goes on from every cell it recovers, still reaches no small count.
      Set<Integer> recovered = DisclosureAudit.recoverable(values, hidden, relations);
      Set<Integer> exposed = new LinkedHashSet<>();
      recovered.stream().filter(cell -> sensitive[cell]).forEach(exposed::add);
      if (exposed.isEmpty()) {
        return layout.result(hidden);
      }
      Set<Integer> chosen = new LinkedHashSet<>();
      for (int cell : exposed) {
        int candidate = cheapestAround(cell, relations, values, hidden, hideable, layout);
        if (candidate >= 0) {
          chosen.add(candidate);
        }
      }
      if (chosen.isEmpty()) {
        for (int cell : recovered) {
          int candidate = cheapestAround(cell, relations, values, hidden, hideable, layout);
          if (candidate >= 0) {
            chosen.add(candidate);
            break;
          }
        }
      }
      if (chosen.isEmpty()) {
        int any = cheapest(allCells(values.length), values, hidden, hideable, layout);
        if (any < 0) {
          throw new IllegalStateException("overview suppression cannot protect cells " + exposed);
        }
        chosen.add(any);
      }
      chosen.forEach(cell -> hidden[cell] = true);
    }
    throw new IllegalStateException("overview suppression did not settle");
  }

  private static int cheapestAround(int cell, List<LinearRelation> relations, long[] values, boolean[] hidden,
      boolean[] hideable, Layout layout) {
    List<Integer> around = new ArrayList<>();
    for (LinearRelation relation : relations) {
      if (relation.involves(cell)) {
        Arrays.stream(relation.cells()).forEach(around::add);
      }
    }
    return cheapest(around, values, hidden, hideable, layout);
  }

  private static int cheapest(List<Integer> cells, long[] values, boolean[] hidden, boolean[] hideable,
      Layout layout) {
    int best = -1;
    for (int cell : cells) {
      if (hidden[cell] || !hideable[cell] || values[cell] == 0) {
        continue;
      }
      if (best < 0 || layout.tier(cell) < layout.tier(best)
          || layout.tier(cell) == layout.tier(best) && values[cell] < values[best]) {
        best = cell;
      }
    }
    return best;
  }

  private static List<Integer> allCells(int n) {
    List<Integer> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }

  /** Where each figure sits in the flat cell array, and the relations an attacker can use. */
  private static final class Layout {
    final int rows;
    final int themes;
    final int weeks;

    Layout(int rows, int themes, int weeks) {
      this.rows = rows;
      this.themes = themes;
      this.weeks = weeks;
    }

    int cell(int r, int t) {
      return r * themes + t;
    }

    int total(int r) {
      return rows * themes + r;
    }

    int themeTotal(int t) {
      return rows * themes + rows + t;
    }

    int national() {
      return rows * themes + rows + themes;
    }

    int week(int t, int w) {
      return national() + 1 + t * weeks + w;
    }

    int size() {
      return national() + 1 + themes * weeks;
    }

    /** Weekly counts are hidden first, then a theme's national total, then the national total. */
    int tier(int cell) {
      if (cell > national()) {
        return 0;
      }
      return cell == national() ? 2 : 1;
    }

    long[] values(long[][] cells, long[] countyTotals, long[][] weekly) {
      long[] values = new long[size()];
      long national = 0;
      for (int r = 0; r < rows; r++) {
        for (int t = 0; t < themes; t++) {
          values[cell(r, t)] = cells[r][t];
          values[themeTotal(t)] += cells[r][t];
        }
        values[total(r)] = countyTotals[r];
        national += countyTotals[r];
      }
      values[national()] = national;
      for (int t = 0; t < themes; t++) {
        for (int w = 0; w < weeks; w++) {
          values[week(t, w)] = weekly[t][w];
        }
      }
      return values;
    }

    List<LinearRelation> relations() {
      List<LinearRelation> relations = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        int[] parts = new int[themes];
        for (int t = 0; t < themes; t++) {
          parts[t] = cell(r, t);
        }
        relations.add(LinearRelation.sum(total(r), parts));
      }
      for (int t = 0; t < themes; t++) {
        int[] parts = new int[rows];
        for (int r = 0; r < rows; r++) {
          parts[r] = cell(r, t);
        }
        relations.add(LinearRelation.sum(themeTotal(t), parts));
        if (weeks > 0) {
          int[] weekParts = new int[weeks];
          for (int w = 0; w < weeks; w++) {
            weekParts[w] = week(t, w);
          }
          relations.add(LinearRelation.sum(themeTotal(t), weekParts));
        }
      }
      int[] countyParts = new int[rows];
      for (int r = 0; r < rows; r++) {
        countyParts[r] = total(r);
      }
      relations.add(LinearRelation.sum(national(), countyParts));
      int[] themeParts = new int[themes];
      for (int t = 0; t < themes; t++) {
        themeParts[t] = themeTotal(t);
      }
      // Exact only when no message has two themes: the worst case, so it is assumed.
      relations.add(LinearRelation.sum(national(), themeParts));
      return relations;
    }

    Result result(boolean[] hidden) {
      boolean[][] cellHidden = new boolean[rows][themes];
      boolean[] totalHidden = new boolean[rows];
      boolean[] themeHidden = new boolean[themes];
      boolean[][] weekHidden = new boolean[themes][weeks];
      for (int r = 0; r < rows; r++) {
        for (int t = 0; t < themes; t++) {
          cellHidden[r][t] = hidden[cell(r, t)];
        }
        totalHidden[r] = hidden[total(r)];
      }
      for (int t = 0; t < themes; t++) {
        themeHidden[t] = hidden[themeTotal(t)];
        for (int w = 0; w < weeks; w++) {
          weekHidden[t][w] = hidden[week(t, w)];
        }
      }
      return new Result(cellHidden, totalHidden, themeHidden, hidden[national()], weekHidden);
    }
  }
}
