package org.sikiza.reporting.catalogue;

import java.util.Locale;

/**
 * A county as reports know it.
 *
 * @param code the value stored in {@code messages.county} and the rollups (lower case, e.g. {@code homa bay})
 * @param name the display name (e.g. {@code Homa Bay})
 */
public record County(String code, String name) {

  /** The county of messages for which no county could be worked out ({@code 'unknown'} in the rollups). */
  public static final County UNKNOWN = new County("unknown", "County not known");

  /** The form used in URLs: {@code homa-bay}. */
  public String slug() {
    return code.replace(' ', '-');
  }

  static County of(String code) {
    StringBuilder name = new StringBuilder(code.length());
    boolean wordStart = true;
    for (char c : code.toCharArray()) {
      name.append(wordStart ? Character.toUpperCase(c) : c);
      wordStart = c == ' ' || c == '-' || c == '/';
    }
    return new County(code.toLowerCase(Locale.ROOT), name.toString());
  }
}
