package org.sikiza.classifier.text;

import java.util.List;

/**
 * A message after {@link TextNormaliser}: lower-case tokens with SMS shorthand expanded and
 * numbers, phone numbers, URLs and e-mail addresses masked.
 */
public record NormalisedText(List<String> tokens) {

  public NormalisedText {
    tokens = List.copyOf(tokens);
  }

  /** Tokens joined by single spaces, e.g. for display or hashing. */
  public String text() {
    return String.join(" ", tokens);
  }

  public String[] tokenArray() {
    return tokens.toArray(String[]::new);
  }
}
