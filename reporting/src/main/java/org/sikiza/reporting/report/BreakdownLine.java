package org.sikiza.reporting.report;

import org.sikiza.reporting.suppression.Count;

/**
 * One value of a breakdown (e.g. language {@code swa}) and its feedback messages; {@code value} is empty for
 * messages where the dimension was not recorded. {@code label} is the value as the reader's language says it.
 */
public record BreakdownLine(String value, String label, Count count, Double share) {

  public boolean notRecorded() {
    return value.isEmpty();
  }
}
