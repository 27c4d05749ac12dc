package org.sikiza.gateway.voice;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * What a caller chose so far, carried from step to step in the query string of the next URL (Twilio signs the
 * whole URL, so it cannot be altered): the IVR keeps no state of its own and answers even while PostgreSQL is down.
 *
 * @param county  the county's keypad code, 0 when none was given
 * @param attempt how many times the current question was asked
 */
public record MenuState(String language, int county, int attempt) {

  public String query() {
    return "lang=" + language + (county > 0 ? "&county=" + county : "") + (attempt > 1 ? "&try=" + attempt : "");
  }

  public MenuState withCounty(int code) {
    return new MenuState(language, code, 1);
  }

  public MenuState retry() {
    return new MenuState(language, county, attempt + 1);
  }

  /** Reads the state from a step URL's query; 400 when it was not written by us. */
  public static MenuState parse(MultiMap query, VoiceSettings settings) {
    List<String> errors = new ArrayList<>();
    String language = query.get("lang");
    if (language == null || settings.language(language).isEmpty()) {
      errors.add("lang must be one of the configured languages");
    }
    int county = number(query.get("county"), 0, 999, "county", errors);
    int attempt = number(query.get("try"), 1, 9, "try", errors);
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "invalid call state: " + String.join("; ", errors), errors);
    }
    return new MenuState(language, county, attempt);
  }

  static int number(String value, int fallback, int max, String name, List<String> errors) {
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > max) {
      errors.add(name + " must be a number up to " + max);
      return fallback;
    }
    return Integer.parseInt(value);
  }
}
