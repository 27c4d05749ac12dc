package org.sikiza.gateway.programmes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * Reads the fields of one JSON request, collecting every problem (each named) so that one 400 answer lists
 * them all. Values come back null when missing or invalid; call {@link #throwIfInvalid} before using them.
 */
public final class JsonFields {

  private static final Pattern ID = Pattern.compile("\\d{1,18}");

  private final JsonObject json;
  private final List<String> errors = new ArrayList<>();

  public JsonFields(JsonObject json) {
    this.json = json;
  }

  public String requiredText(String name, int maxLength) {
    int problemsBefore = errors.size();
    String value = optionalText(name, maxLength);
    if (value == null && errors.size() == problemsBefore) {
      errors.add(name + " is required");
    }
    return value;
  }

  /** A string field; blank counts as absent. */
  public String optionalText(String name, int maxLength) {
    Object value = json.getValue(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      errors.add(name + " must be a string");
      return null;
    }
    if (text.isBlank()) {
      return null;
    }
    if (text.length() > maxLength) {
      errors.add(name + " must be at most " + maxLength + " characters");
      return null;
    }
    if (text.indexOf('\0') >= 0) {
      errors.add(name + " must not contain NUL characters");
      return null;
    }
    return text.strip();
  }

  /** A string or a whole number, as text: programme and episode may be given by id or by slug. */
  public String optionalReference(String name) {
    Object value = json.getValue(name);
    if (value instanceof Number number && number.longValue() > 0 && number.doubleValue() == number.longValue()) {
      return Long.toString(number.longValue());
    }
    if (value instanceof Number) {
      errors.add(name + " must be a positive whole number or a slug");
      return null;
    }
    return optionalText(name, 64);
  }

  /** An episode (or other row) given by its numeric id only. */
  public Long optionalId(String name) {
    String reference = optionalReference(name);
    if (reference == null) {
      return null;
    }
    if (ID.matcher(reference).matches()) {
      return Long.parseLong(reference);
    }
    errors.add(name + " must be an " + name + " id");
    return null;
  }

  public List<String> textList(String name, int maxItems, int maxLength) {
    Object value = json.getValue(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array) || array.size() > maxItems) {
      errors.add(name + " must be a list of at most " + maxItems + " strings");
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (Object item : array) {
      if (!(item instanceof String text) || text.isBlank() || text.length() > maxLength) {
        errors.add(name + " must hold non-empty strings of at most " + maxLength + " characters");
        return List.of();
      }
      items.add(text.strip());
    }
    return items;
  }

  /** An ISO-8601 date-time; without an offset it is read in the deployment's time zone. */
  public OffsetDateTime requiredTime(String name, ZoneId zone) {
    if (json.getValue(name) == null) {
      errors.add(name + " is required");
      return null;
    }
    return optionalTime(name, zone);
  }

  public OffsetDateTime optionalTime(String name, ZoneId zone) {
    Object value = json.getValue(name);
    if (value == null) {
      return null;
    }
    OffsetDateTime time = value instanceof String text ? parseTime(text, zone) : null;
    if (time == null) {
      errors.add(name + " must be an ISO-8601 date-time such as 2026-03-14T18:00:00+03:00");
    }
    return time;
  }

  /** Parses a date-time with or without an offset; null when it is neither. */
  public static OffsetDateTime parseTime(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text.strip());
    } catch (DateTimeException withoutOffset) {
      try {
        return LocalDateTime.parse(text.strip()).atZone(zone).toOffsetDateTime();
      } catch (DateTimeException e) {
        return null;
      }
    }
  }

  public JsonArray array(String name) {
    Object value = json.getValue(name);
    if (value instanceof JsonArray array) {
      return array;
    }
    if (value != null) {
      errors.add(name + " must be a list");
    }
    return new JsonArray();
  }

  /**
   * A value quoted back in an error message: long digit runs are masked (a host may type a caller's number into
   * the wrong field, and error messages are logged) and long values cut.
   */
  public static String quote(String value) {
    String masked = value.replaceAll("\\d{5,}", "…");
    return "'" + (masked.length() > 40 ? masked.substring(0, 40) + "…" : masked) + "'";
  }

  public void error(String message) {
    errors.add(message);
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** Answers 400 naming every problem, if there is any. */
  public void throwIfInvalid(String what) {
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, what + ": " + String.join("; ", errors), errors);
    }
  }
}
