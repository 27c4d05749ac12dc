package org.sikiza.reporting.report;

import java.util.List;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.suppression.Count;

/**
 * One county in the national overview: its feedback messages, its messages per theme (in the overview's theme
 * order) and its top theme. The top theme is null when the county has no feedback or its largest cell is hidden.
 */
public record CountyRow(County county, Count total, List<Count> cells, String topTheme, boolean topThemeHidden) {

  public CountyRow {
    cells = List.copyOf(cells);
  }
}
