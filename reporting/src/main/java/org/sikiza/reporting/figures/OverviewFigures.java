package org.sikiza.reporting.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the national overview is made from, unsuppressed.
 *
 * @param counties feedback and theme counts per county code (including {@code unknown})
 * @param weeks    the Monday of each week the period touches, in order
 * @param weekly   national messages per theme per week, in {@code weeks} order
 */
public record OverviewFigures(Map<String, PeriodCounts> counties, List<LocalDate> weeks, Map<String, long[]> weekly) {

  public OverviewFigures {
    counties = Map.copyOf(counties);
    weeks = List.copyOf(weeks);
    weekly = Map.copyOf(weekly);
  }
}
