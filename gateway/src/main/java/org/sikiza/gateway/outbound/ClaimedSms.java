package org.sikiza.gateway.outbound;

/** An outbound SMS this worker has claimed; the recipient is still sealed. */
public record ClaimedSms(long id, String dedupeKey, String participantId, String sender, byte[] sealedRecipient,
    String body, int attempts) {}
