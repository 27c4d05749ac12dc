package org.sikiza.gateway.classify;

import java.time.OffsetDateTime;

/**
 * A stored feedback message taken from the classification queue, with what is known of its sender.
 *
 * @param senderCounty the county the sender last named in a message, or null
 */
public record ClaimedMessage(long id, String body, String participantId, String line, String channel,
    OffsetDateTime receivedAt, String senderCounty) {}
