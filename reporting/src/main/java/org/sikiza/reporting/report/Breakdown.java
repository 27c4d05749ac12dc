package org.sikiza.reporting.report;

import java.util.List;
import org.sikiza.reporting.figures.ProfileDimension;

/**
 * Feedback messages of a county report broken down by one dimension. {@code recorded} is false when no message of
 * the period had the dimension recorded (SMS carry no gender, age or disability): the breakdown then says so.
 */
public record Breakdown(ProfileDimension dimension, String title, boolean recorded, List<BreakdownLine> lines) {

  public Breakdown {
    lines = List.copyOf(lines);
  }

  public String key() {
    return dimension.key();
  }
}
