package org.sikiza.reporting.report;

import java.util.List;
import org.sikiza.reporting.suppression.Count;

/** One theme's national messages per week of the overview period. */
public record TrendSeries(String code, String name, String colour, List<Count> weeks) {

  public TrendSeries {
    weeks = List.copyOf(weeks);
  }
}
