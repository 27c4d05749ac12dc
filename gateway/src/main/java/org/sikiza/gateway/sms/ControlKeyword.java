package org.sikiza.gateway.sms;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opt-out and opt-in keywords, in English (Twilio's standard set) and Swahili. Like Twilio, a message
 * is a keyword only when it is the keyword alone: "stop the corruption" is feedback.
 */
public enum ControlKeyword {
  STOP(MessageKind.OPT_OUT, "eng"), STOPALL(MessageKind.OPT_OUT, "eng"), UNSUBSCRIBE(MessageKind.OPT_OUT, "eng"),
  CANCEL(MessageKind.OPT_OUT, "eng"), END(MessageKind.OPT_OUT, "eng"), QUIT(MessageKind.OPT_OUT, "eng"),
  ACHA(MessageKind.OPT_OUT, "swa"), SITISHA(MessageKind.OPT_OUT, "swa"),
  START(MessageKind.OPT_IN, "eng"), ANZA(MessageKind.OPT_IN, "swa");

  private static final Map<String, ControlKeyword> BY_WORD = Map.of(
      "STOP", STOP, "STOPALL", STOPALL, "UNSUBSCRIBE", UNSUBSCRIBE, "CANCEL", CANCEL, "END", END,
      "QUIT", QUIT, "ACHA", ACHA, "SITISHA", SITISHA, "START", START, "ANZA", ANZA);

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!\\s]+$");

  private final MessageKind kind;
  private final String language;

  ControlKeyword(MessageKind kind, String language) {
    this.kind = kind;
    this.language = language;
  }

  public MessageKind kind() {
    return kind;
  }

  /** The language the keyword is in, for the confirmation reply. */
  public String language() {
    return language;
  }

  /** The keyword a whole message body is, ignoring case, surrounding space and trailing punctuation. */
  public static Optional<ControlKeyword> of(String body) {
    if (body == null || body.length() > 20) {
      return Optional.empty();
    }
    String word = TRAILING_PUNCTUATION.matcher(body.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    return Optional.ofNullable(BY_WORD.get(word));
  }
}
