package org.sikiza.reporting.report;

import java.util.List;
import org.sikiza.reporting.suppression.Count;

/**
 * One theme of a county report, as published.
 *
 * @param share  the theme's messages as a share of feedback messages (0..1); null when either is suppressed
 * @param change messages now minus messages in the previous period; suppressed unless both are published
 * @param quotes scrubbed quotes, only for a theme whose count is published
 */
public record ThemeLine(String code, String name, String colour, Count count, Double share, Count previous,
    Count change, List<String> quotes) {

  public ThemeLine {
    quotes = List.copyOf(quotes);
  }
}
