package org.sikiza.gateway.config;

/**
 * A phone number or short code that Twilio forwards to Sikiza.
 *
 * @param language ISO 639-3 code of the replies sent on this line
 * @param county   the county to fall back on for messages on this line that name none (may be null)
 */
public record PhoneLine(String number, String name, String language, String county) {}
