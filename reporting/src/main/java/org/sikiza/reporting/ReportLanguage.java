package org.sikiza.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages reports are written in: English (default) and Swahili. */
public enum ReportLanguage {
  EN("en"),
  SW("sw");

  private final String tag;

  ReportLanguage(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** A {@code lang=} parameter: {@code en}, {@code sw} (also {@code eng}, {@code swa}); empty when not one of them. */
  public static Optional<ReportLanguage> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String lower = value.trim().toLowerCase(Locale.ROOT);
    if (lower.equals("en") || lower.equals("eng") || lower.startsWith("en-")) {
      return Optional.of(EN);
    }
    if (lower.equals("sw") || lower.equals("swa") || lower.startsWith("sw-")) {
      return Optional.of(SW);
    }
    return Optional.empty();
  }

  /** The first supported language of an Accept-Language list (already ordered by preference), else English. */
  public static ReportLanguage preferred(List<String> acceptLanguages) {
    for (String candidate : acceptLanguages) {
      Optional<ReportLanguage> language = parse(candidate);
      if (language.isPresent()) {
        return language.get();
      }
    }
    return EN;
  }
}
