package org.sikiza.gateway.classify;

import java.util.Locale;

/** Where a message's county came from, most to least direct. */
public enum CountySource {
  /** The message names a place. */
  MESSAGE,
  /** The sender named a county in an earlier message. */
  SENDER,
  /** The line it came in on is configured for a county (e.g. a county radio station). */
  LINE;

  public String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
