package org.sikiza.classifier.language;

/**
 * Counts lower-case words that end in a consonant: Swahili words (loanwords included) end in a
 * vowel, so inside a Swahili sentence such words are English ("meetings", "budget") or Sheng
 * hybrids ("wameinstall"). Capitalised words are skipped because they are mostly names and
 * acronyms (Eastleigh, KWS) that appear in pure Swahili too.
 */
final class EnglishShapedWords {

  private EnglishShapedWords() {
  }

  static int count(String text) {
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
        i++;
      }
      if (i - start >= 3 && isEnglishShaped(text, start, i)) {
        count++;
      }
    }
    return count;
  }

  private static boolean isEnglishShaped(String text, int start, int end) {
    if (!Character.isLowerCase(text.charAt(start))) {
      return false;
    }
    char last = Character.toLowerCase(text.charAt(end - 1));
    if (last < 'a' || last > 'z' || "aeiou".indexOf(last) >= 0) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ("aeiouy".indexOf(c) >= 0) {
        return true; // a vowel: a word, not an abbreviation like "hmm" or "nkt"
      }
    }
    return false;
  }
}
