package org.sikiza.gateway.sms;

import java.time.Instant;
import java.util.List;

/**
 * One inbound message as it is stored and spooled. The sender is already a pseudonym here: from this
 * record on, no raw phone number exists.
 *
 * @param providerSid   Twilio's MessageSid, the key that makes retries idempotent
 * @param channel       {@code sms} for texts (voice and call-ins reuse the same record)
 * @param line          the number or short code the message came in on ({@code To})
 * @param participantId keyed pseudonym of the sender
 * @param body          the text exactly as sent
 * @param segments      how many SMS segments carried it (null when Twilio did not say)
 */
public record InboundSms(
    String providerSid,
    String channel,
    MessageKind kind,
    String line,
    String participantId,
    String body,
    Integer segments,
    List<MediaItem> media,
    Instant receivedAt) {

  public static final String CHANNEL_SMS = "sms";
}
