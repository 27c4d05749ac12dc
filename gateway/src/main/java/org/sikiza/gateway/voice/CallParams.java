package org.sikiza.gateway.voice;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * The standard parameters of Twilio's voice webhooks: the call, the caller ({@code From}, pseudonymised at once
 * by the handlers and never stored) and the number called ({@code To}).
 */
public record CallParams(String callSid, String from, String to) {

  static final String SID = "[A-Za-z0-9]{2,64}";

  public static CallParams parse(MultiMap form) {
    List<String> errors = new ArrayList<>();
    String callSid = form.get("CallSid");
    if (callSid == null || !callSid.matches(SID)) {
      errors.add("CallSid is required (2 to 64 letters and digits)");
    }
    String from = form.get("From");
    if (from == null || from.isBlank() || from.length() > 64) {
      errors.add("From is required");
    }
    String to = form.get("To");
    if (to == null || to.isBlank() || to.length() > 64) {
      errors.add("To is required");
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "invalid voice webhook: " + String.join("; ", errors), errors);
    }
    return new CallParams(callSid, from.trim(), to.trim());
  }
}
