package org.sikiza.gateway.classify;

import java.util.Locale;

/** Where a message's county came from, most to least direct. */
public enum CountySource {
  /** The caller chose it on the phone menu (keypad code or spoken name). */
  CALLER,
  /** A radio host recorded it for a call-in. */
  HOST,
  /** The message names a place. */
  MESSAGE,
  /** The sender named a county in an earlier message. */
  SENDER,
  /** The line it came in on is configured for a county (e.g. a county radio station). */
  LINE;

  public String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The declared source stored in {@code messages.county_source} ({@code caller} or {@code host}). */
  public static CountySource declared(String dbValue) {
    return "host".equals(dbValue) ? HOST : CALLER;
  }
}
