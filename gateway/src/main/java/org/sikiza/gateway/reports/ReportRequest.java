package org.sikiza.gateway.reports;

import io.vertx.core.MultiMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.reporting.ReportFilter;
import org.sikiza.reporting.ReportPeriod;
import org.sikiza.reporting.ReportLanguage;

/**
 * The query parameters of a report URL, checked: {@code from}, {@code to} (ISO dates, default the last 30 days),
 * {@code format}, {@code lang}, {@code channel}, {@code programme}, {@code episode}. Anything wrong is a 400 naming
 * every problem at once.
 */
public record ReportRequest(ReportPeriod period, ReportFilter filter, ReportFormat format, ReportLanguage language) {

  public static final int DEFAULT_DAYS = 30;

  /** The format asked for, without judging the rest: enough to choose between a redirect and a 401. */
  public static ReportFormat formatOf(MultiMap params) {
    return ReportFormat.parse(params.get("format")).orElse(ReportFormat.JSON);
  }

  /**
   * @param acceptLanguages the request's Accept-Language tags, best first
   */
  public static ReportRequest parse(MultiMap params, LocalDate today, List<String> acceptLanguages) {
    List<String> problems = new ArrayList<>();
    Optional<ReportFormat> format = ReportFormat.parse(params.get("format"));
    if (format.isEmpty()) {
      problems.add("format must be one of html, json, csv, pdf");
    }
    LocalDate to = date(params.get("to"), "to", problems);
    LocalDate from = date(params.get("from"), "from", problems);
    if (to == null && params.get("to") == null) {
      to = today;
    }
    if (from == null && params.get("from") == null && to != null) {
      from = to.minusDays(DEFAULT_DAYS - 1L);
    }
    ReportPeriod period = null;
    if (from != null && to != null) {
      try {
        period = new ReportPeriod(from, to);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    ReportLanguage language = ReportLanguage.preferred(acceptLanguages);
    if (params.get("lang") != null) {
      Optional<ReportLanguage> asked = ReportLanguage.parse(params.get("lang"));
      if (asked.isEmpty()) {
        problems.add("lang must be en or sw");
      } else {
        language = asked.get();
      }
    }
    String channel = params.get("channel");
    if (channel != null && !channel.isBlank() && !ReportFilter.CHANNELS.contains(channel)) {
      problems.add("channel must be one of sms, voice, callin");
    }
    String programme = params.get("programme");
    if (programme != null && !programme.isBlank() && !programme.matches("[a-z0-9][a-z0-9-]{0,62}")) {
      problems.add("programme must be a programme slug (lower-case letters, digits and dashes)");
    }
    Long episode = null;
    if (params.get("episode") != null && !params.get("episode").isBlank()) {
      try {
        episode = Long.parseLong(params.get("episode").trim());
      } catch (NumberFormatException e) {
        problems.add("episode must be an episode id (a whole number)");
      }
    }
    if (!problems.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, String.join("; ", problems), problems);
    }
    return new ReportRequest(period, new ReportFilter(Optional.ofNullable(channel), Optional.ofNullable(programme),
        Optional.ofNullable(episode)), format.orElseThrow(), language);
  }

  private static LocalDate date(String value, String name, List<String> problems) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(name + " must be a date such as 2025-03-01, got '" + (value.length() > 40
          ? value.substring(0, 40) + "…" : value) + "'");
      return null;
    }
  }

  /** The query string of this request with some parameters changed (null removes one), for links on the page. */
  public String query(Map<String, String> changes) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("from", period.from().toString());
    params.put("to", period.to().toString());
    filter.channel().ifPresent(c -> params.put("channel", c));
    filter.programme().ifPresent(p -> params.put("programme", p));
    filter.episode().ifPresent(e -> params.put("episode", e.toString()));
    params.put("lang", language.tag());
    changes.forEach((key, value) -> {
      if (value == null) {
        params.remove(key);
      } else {
        params.put(key, value);
      }
    });
    List<String> parts = new ArrayList<>();
    params.forEach((key, value) -> parts.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }
}
