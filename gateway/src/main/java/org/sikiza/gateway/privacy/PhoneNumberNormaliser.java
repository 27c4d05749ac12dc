package org.sikiza.gateway.privacy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings the forms one person's number arrives in ({@code 0712…}, {@code 254712…}, {@code +254712…},
 * {@code whatsapp:+254712…}) to one E.164 form, so that one person has one pseudonym.
 * Sender ids that are not phone numbers (alphanumeric senders, {@code client:} identities) are kept
 * as a lower-cased identifier.
 */
public final class PhoneNumberNormaliser {

  private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
  /** E.164 has one spelling per number, and it is what Twilio sends: nothing to normalise. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
  private static final Pattern DIGITS = Pattern.compile("\\+?\\d{4,17}");
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

  private final String defaultRegion;

  /** @param defaultRegion ISO 3166 region for numbers written without a country code, e.g. {@code KE} */
  public PhoneNumberNormaliser(String defaultRegion) {
    this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
  }

  public String normalise(String raw) {
    if (E164.matcher(raw).matches()) {
      return raw;
    }
    String address = stripChannelPrefix(raw.trim());
    String digits = SEPARATORS.matcher(address).replaceAll("");
    if (!DIGITS.matcher(digits).matches()) {
      return "id:" + address.toLowerCase(Locale.ROOT);
    }
    if (digits.length() <= 6) {
      return digits; // a short code: it is one already
    }
    try {
      PhoneNumber parsed = PHONE_NUMBERS.parse(digits, defaultRegion);
      if (!digits.startsWith("+") && !PHONE_NUMBERS.isValidNumber(parsed)) {
        // "254712…" without '+': the national parse fails, the international one is meant.
        PhoneNumber international = PHONE_NUMBERS.parse("+" + digits, defaultRegion);
        if (PHONE_NUMBERS.isValidNumber(international)) {
          parsed = international;
        }
      }
      return PHONE_NUMBERS.format(parsed, PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      return digits.startsWith("+") ? digits : "+" + digits;
    }
  }

  private static String stripChannelPrefix(String address) {
    int colon = address.indexOf(':');
    if (colon > 0) {
      String scheme = address.substring(0, colon).toLowerCase(Locale.ROOT);
      if (scheme.equals("whatsapp") || scheme.equals("tel") || scheme.equals("sms")) {
        return address.substring(colon + 1);
      }
    }
    return address;
  }
}
