package org.sikiza.classifier.language;

import java.util.List;

/**
 * Spots English verbs wearing Swahili verb prefixes ({@code kurenew}, {@code wameinstall},
 * {@code tuapply}): a hallmark of Sheng. Swahili words end in a vowel, so a word that starts like a
 * Swahili verb but ends in a consonant is almost always such a hybrid.
 */
final class ShengVerbs {

  private static final String[] PREFIXES = {
      "kuna", "kume", "ku", "wame", "wana", "wali", "wata", "tume", "tuna", "tuli", "tuta", "nime", "nina", "nili",
      "nita", "ame", "ana", "ali", "ata", "mme", "mna", "mli"};

  private ShengVerbs() {
  }

  static int count(List<String> tokens) {
    int count = 0;
    for (String token : tokens) {
      if (isHybrid(token)) {
        count++;
      }
    }
    return count;
  }

  static boolean isHybrid(String token) {
    int n = token.length();
    if (n < 6 || isVowel(token.charAt(n - 1)) || !Character.isLetter(token.charAt(n - 1))) {
      return false;
    }
    for (String prefix : PREFIXES) {
      if (token.startsWith(prefix) && n - prefix.length() >= 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
