package org.sikiza.gateway.classify;

import java.time.OffsetDateTime;

/**
 * A stored feedback message taken from the classification queue, with what is known of its sender.
 *
 * @param senderCounty   the county the sender last named in a message, or null
 * @param declaredCounty the county a person declared for this message (a caller on the keypad, a host for a
 *                       call-in), or null
 * @param declaredSource who declared it: {@code caller} or {@code host}; null when nobody did
 */
public record ClaimedMessage(long id, String body, String participantId, String line, String channel,
    OffsetDateTime receivedAt, String senderCounty, String declaredCounty, String declaredSource) {

  /** A message nobody declared a county for. */
  public ClaimedMessage(long id, String body, String participantId, String line, String channel,
      OffsetDateTime receivedAt, String senderCounty) {
    this(id, body, participantId, line, channel, receivedAt, senderCounty, null, null);
  }
}
