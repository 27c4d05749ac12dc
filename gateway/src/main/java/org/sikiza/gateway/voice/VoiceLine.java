package org.sikiza.gateway.voice;

/**
 * How the call flow runs on one number ({@code config/voice/voice.json}, {@code lines}; {@code defaults} for the
 * others).
 *
 * @param askCounty       ask callers for their county (keypad code or spoken name) before recording
 * @param askPoll         ask the open poll of the line's programme, if there is one
 * @param smsConfirmation text the caller a confirmation after the call (never to opted-out participants)
 * @param smsSender       the number or messaging service that sends it; null for the called number itself
 */
public record VoiceLine(String number, boolean askCounty, boolean askPoll, boolean smsConfirmation, String smsSender) {

  public String senderFor(String calledNumber) {
    return smsSender == null || smsSender.isBlank() ? calledNumber : smsSender;
  }
}
