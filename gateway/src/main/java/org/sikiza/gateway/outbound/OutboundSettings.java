package org.sikiza.gateway.outbound;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How outbound SMS go out through Twilio's REST API: whether the sender runs, how many it claims at a time, how it
 * retries, how fast each sender may send, and (tests only) another base URL for the API.
 *
 * @param ratesPerSecond messages per second by sender kind: {@code longCode}, {@code shortCode}, {@code other}
 * @param senderRates    messages per second for particular senders, overriding their kind's rate
 * @param apiBaseUrl     where to send Twilio REST requests instead of {@code https://api.twilio.com}; null in production
 */
public record OutboundSettings(
    boolean enabled,
    int batchSize,
    Duration idlePoll,
    int maxAttempts,
    Duration retryBase,
    Duration retryMax,
    Duration maxAge,
    Duration sendingLease,
    Map<String, Double> ratesPerSecond,
    Map<String, Double> senderRates,
    String apiBaseUrl) {

  private static final Pattern SHORT_CODE = Pattern.compile("\\d{3,8}");
  private static final Pattern LONG_CODE = Pattern.compile("\\+[1-9]\\d{6,14}");

  public OutboundSettings {
    ratesPerSecond = Map.copyOf(ratesPerSecond);
    senderRates = Map.copyOf(senderRates);
  }

  /** Messages per second this sender may send: its own rate, else its kind's (short code, long code, other). */
  public double rateFor(String sender) {
    Double own = senderRates.get(sender);
    if (own != null) {
      return own;
    }
    String kind = SHORT_CODE.matcher(sender).matches() ? "shortCode"
        : LONG_CODE.matcher(sender).matches() ? "longCode" : "other";
    return ratesPerSecond.getOrDefault(kind, 1.0);
  }

  /** The pause between two messages from this sender. */
  public Duration spacingFor(String sender) {
    double rate = Math.max(0.001, rateFor(sender));
    return Duration.ofNanos((long) (1_000_000_000L / rate));
  }

  /** Exponential backoff with a cap: base, 2×base, 4×base … for the 1st, 2nd, 3rd retry. */
  public Duration backoff(int attemptsSoFar) {
    long millis = retryBase.toMillis() << Math.min(20, Math.max(0, attemptsSoFar - 1));
    return Duration.ofMillis(Math.min(retryMax.toMillis(), millis));
  }
}
