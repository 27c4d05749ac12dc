package org.sikiza.gateway.sms;

import java.util.Locale;

/** What a stored message is: feedback that counts, or a control message that changes a contact's consent. */
public enum MessageKind {
  FEEDBACK, OPT_OUT, OPT_IN;

  /** The value stored in {@code messages.kind}. */
  public String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
