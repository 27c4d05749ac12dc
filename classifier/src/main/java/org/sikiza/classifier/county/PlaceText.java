package org.sikiza.classifier.county;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into place-name tokens that remember where they were in the original text. Tolerant
 * of the ways names are written: case, accents, apostrophes ({@code Murang'a = muranga}) and
 * hyphens, slashes and dots between words ({@code Taita-Taveta}, {@code Elgeyo/Marakwet}).
 */
final class PlaceText {

  /** One word: its normalised form and its span in the original text. */
  record Token(String word, int start, int end) {
  }

  private PlaceText() {
  }

  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    StringBuilder word = new StringBuilder();
    int start = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (start < 0) {
          start = i;
        }
        word.append(c);
      } else if (isApostrophe(c) && start >= 0) {
        continue; // Murang'a, Kang'ata: the apostrophe is part of the word
      } else if (start >= 0) {
        tokens.add(new Token(fold(word), start, i));
        word.setLength(0);
        start = -1;
      }
    }
    if (start >= 0) {
      tokens.add(new Token(fold(word), start, n));
    }
    return tokens;
  }

  /** The lookup key of a name: folded words joined by single spaces. */
  static String key(String name) {
    StringBuilder key = new StringBuilder();
    for (Token token : tokens(name)) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(token.word());
    }
    return key.toString();
  }

  private static String fold(CharSequence word) {
    String lower = word.toString().toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 128) {
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "");
      }
    }
    return lower;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc';
  }
}
