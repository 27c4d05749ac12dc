package org.sikiza.gateway.voice;

import io.vertx.core.MultiMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * Who recorded a message, when, on which line and with what choices: put into the query of the recording and
 * transcription callback URLs, because those callbacks do not carry the caller. The caller travels as a pseudonym,
 * never as a number.
 *
 * @param county keypad code of the county the caller chose, 0 when none
 */
public record RecordingContext(String language, int county, String participantId, String line, Instant calledAt) {

  public String query() {
    return "lang=" + language + (county > 0 ? "&county=" + county : "")
        + "&caller=" + participantId
        + "&line=" + URLEncoder.encode(line, StandardCharsets.UTF_8)
        + "&at=" + calledAt.getEpochSecond();
  }

  public static RecordingContext parse(MultiMap query, VoiceSettings settings) {
    List<String> errors = new ArrayList<>();
    String language = query.get("lang");
    if (language == null || settings.language(language).isEmpty()) {
      errors.add("lang must be one of the configured languages");
    }
    int county = MenuState.number(query.get("county"), 0, 999, "county", errors);
    String caller = query.get("caller");
    if (caller == null || !caller.matches("[A-Za-z0-9_-]{16,64}")) {
      errors.add("caller must be a participant pseudonym");
    }
    String line = query.get("line");
    if (line == null || line.isBlank() || line.length() > 64) {
      errors.add("line is required");
    }
    String at = query.get("at");
    if (at == null || !at.matches("\\d{9,11}")) {
      errors.add("at must be the call time in epoch seconds");
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "invalid recording callback: " + String.join("; ", errors), errors);
    }
    return new RecordingContext(language, county, caller, line, Instant.ofEpochSecond(Long.parseLong(at)));
  }
}
