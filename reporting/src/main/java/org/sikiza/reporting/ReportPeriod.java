package org.sikiza.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A report period: whole local days from {@code from} to {@code to}, both included, in the deployment's time zone
 * (the same days the rollup tables are keyed by).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  /** The longest period a report covers; longer requests are refused rather than left to run for minutes. */
  public static final int MAX_DAYS = 3 * 366;

  public ReportPeriod {
    if (from == null || to == null) {
      throw new IllegalArgumentException("a period needs both from and to");
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw new IllegalArgumentException("a period may cover at most " + MAX_DAYS + " days");
    }
  }

  /** The default period: the last 30 days up to and including {@code today}. */
  public static ReportPeriod lastDays(LocalDate today, int days) {
    return new ReportPeriod(today.minusDays(days - 1L), today);
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period of the same length that ends the day before this one starts. */
  public ReportPeriod previous() {
    return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
  }

  /** The first instant of the period in the given zone (for queries on {@code messages.received_at}). */
  public ZonedDateTime startIn(ZoneId zone) {
    return from.atStartOfDay(zone);
  }

  /** The first instant after the period in the given zone. */
  public ZonedDateTime endIn(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone);
  }
}
