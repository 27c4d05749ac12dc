package org.sikiza.gateway.reports;

import java.util.Locale;
import java.util.Optional;

/** The formats a report URL answers in ({@code ?format=}); HTML when none is asked for. */
public enum ReportFormat {
  HTML("text/html; charset=utf-8"),
  JSON("application/json; charset=utf-8"),
  CSV("text/csv; charset=utf-8"),
  PDF("application/pdf");

  private final String contentType;

  ReportFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Empty when the value is not a known format; HTML when there is no value. */
  public static Optional<ReportFormat> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(HTML);
    }
    for (ReportFormat format : values()) {
      if (format.parameter().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
