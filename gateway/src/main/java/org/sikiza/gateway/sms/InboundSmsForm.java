package org.sikiza.gateway.sms;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;

/**
 * Reads Twilio's inbound-message parameters and says exactly which are missing or malformed.
 * Parameters it does not know are ignored: Twilio adds new ones over time.
 */
public record InboundSmsForm(
    String messageSid, String from, String to, String body, Integer segments, List<MediaItem> media) {

  private static final int MAX_MEDIA = 10;
  /** Twilio sids are two letters and 32 hex digits; anything of letters and digits within reason is accepted. */
  static final Pattern SID = Pattern.compile("[A-Za-z0-9]{2,64}");

  public static InboundSmsForm parse(MultiMap form) {
    List<String> errors = new ArrayList<>();
    String sid = form.get("MessageSid");
    if (isBlank(sid)) {
      errors.add("MessageSid is required");
    } else if (!SID.matcher(sid).matches()) {
      errors.add("MessageSid must be 2 to 64 letters and digits");
    }
    String from = form.get("From");
    if (isBlank(from)) {
      errors.add("From is required");
    }
    String to = form.get("To");
    if (isBlank(to)) {
      errors.add("To is required");
    }
    Integer numMedia = optionalCount(form, "NumMedia", 0, MAX_MEDIA, errors);
    Integer segments = optionalCount(form, "NumSegments", 1, 100, errors);
    List<MediaItem> media = new ArrayList<>();
    for (int i = 0; numMedia != null && i < numMedia; i++) {
      String url = form.get("MediaUrl" + i);
      if (isBlank(url)) {
        errors.add("MediaUrl" + i + " is required when NumMedia is " + numMedia);
      } else {
        media.add(new MediaItem(url, form.get("MediaContentType" + i)));
      }
    }
    String body = form.get("Body");
    if (body == null || (body.isEmpty() && media.isEmpty() && (numMedia == null || numMedia == 0))) {
      errors.add("Body is required (it may be empty only when NumMedia is above 0)");
    } else if (body.indexOf('\0') >= 0) {
      errors.add("Body must not contain NUL characters");
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "invalid inbound message: " + String.join("; ", errors), errors);
    }
    return new InboundSmsForm(sid, from, to.trim(), body, segments, List.copyOf(media));
  }

  private static Integer optionalCount(MultiMap form, String name, int min, int max, List<String> errors) {
    String value = form.get(name);
    if (isBlank(value)) {
      return null;
    }
    try {
      int count = Integer.parseInt(value.trim());
      if (count >= min && count <= max) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(name + " must be a whole number from " + min + " to " + max);
    return null;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
