package org.sikiza.gateway.voice;

import io.vertx.core.MultiMap;
import java.util.List;

/** Checks the fields of Twilio's recording and transcription callbacks, naming each one that is wrong. */
final class CallbackFields {

  private CallbackFields() {
  }

  static String sid(MultiMap form, String name, List<String> errors) {
    String value = form.get(name);
    if (value == null || !value.matches(CallParams.SID)) {
      errors.add(name + " is required (2 to 64 letters and digits)");
      return null;
    }
    return value;
  }

  static String url(MultiMap form, String name, boolean required, List<String> errors) {
    String value = form.get(name);
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(name + " is required");
      }
      return null;
    }
    if (!value.matches("https?://\\S{1,500}")) {
      errors.add(name + " must be an http(s) URL");
      return null;
    }
    return value;
  }

  static Integer seconds(MultiMap form, String name, List<String> errors) {
    String value = form.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.matches("-?\\d{1,6}")) {
      errors.add(name + " must be a whole number of seconds");
      return null;
    }
    int seconds = Integer.parseInt(value);
    return seconds < 0 ? null : seconds; // Twilio sends -1 while it does not know
  }
}
