package org.sikiza.reporting.report;

import java.time.Instant;
import java.util.List;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.catalogue.County;
import org.sikiza.reporting.suppression.Count;

/**
 * A county dialogue report as published: every number already suppressed where it must be, every quote scrubbed.
 * All formats (HTML, JSON, CSV, PDF) render this record and nothing else.
 *
 * @param total        feedback messages (each message once, OTHER excluded)
 * @param participants distinct people with a message for the county in the period
 * @param other        messages that are not feedback (greetings, song requests), shown apart from the themes
 * @param themes       every SDG theme, in SDG order
 */
public record CountyReport(
    County county,
    ReportPeriod period,
    ReportFilter filter,
    int minCell,
    Count total,
    Count previousTotal,
    Count totalChange,
    Count participants,
    Count previousParticipants,
    Count participantsChange,
    Count other,
    List<ThemeLine> themes,
    List<Breakdown> breakdowns,
    Instant generatedAt) {

  /** The themes the Leave No One Behind partnership asks every report to call out. */
  public static final List<String> FOCUS_THEMES = List.of("SDG10", "SDG16");

  public CountyReport {
    themes = List.copyOf(themes);
    breakdowns = List.copyOf(breakdowns);
  }

  public ReportPeriod previousPeriod() {
    return period.previous();
  }

  public List<ThemeLine> focus() {
    return themes.stream().filter(theme -> FOCUS_THEMES.contains(theme.code())).toList();
  }

  /** True when at least one number of the report is suppressed: the report then explains why. */
  public boolean anySuppressed() {
    return total.suppressed() || participants.suppressed() || other.suppressed()
        || themes.stream().anyMatch(t -> t.count().suppressed() || t.previous().suppressed())
        || breakdowns.stream().flatMap(b -> b.lines().stream()).anyMatch(l -> l.count().suppressed());
  }
}
