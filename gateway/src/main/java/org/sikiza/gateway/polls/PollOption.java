package org.sikiza.gateway.polls;

import io.vertx.core.json.JsonObject;

/**
 * One answer of a poll: the key a caller presses (its position, 1–9) and, optionally, the phone number whose
 * missed call counts as this answer.
 */
public record PollOption(int position, String label, String number) {

  public JsonObject toJson() {
    return new JsonObject().put("position", position).put("label", label).put("number", number);
  }
}
