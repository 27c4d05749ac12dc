package org.sikiza.classifier.text;

import java.util.List;

/**
 * Cheap affix stripping so related word forms share a feature: Swahili locatives
 * ({@code hospitalini -> hospitali}, {@code majini -> maji}), noun-class prefixes
 * ({@code mwanafunzi} and {@code wanafunzi -> nafunzi}, {@code mtoto}/{@code watoto -> toto}),
 * verb subject/tense prefixes ({@code tunataka -> taka}, {@code wamechoka -> choka}) and English
 * inflections ({@code schools -> school}, {@code paying -> pay}).
 *
 * <p>It over-stems on purpose: the stems are extra features next to the whole word, so a wrong stem
 * costs little while a shared stem lets the model generalise to forms it never saw.
 */
public final class LightStemmer {

  private static final String[] SUBJECTS = {
      "hatu", "hawa", "ham", "ni", "tu", "wa", "ha", "si", "hu", "ki", "vi", "zi", "li", "ya", "m", "u", "a", "i", ""};
  private static final String[] TENSES = {"nge", "na", "li", "ta", "me", "ja", "ki", "ka"};

  private LightStemmer() {
  }

  /** Adds the stems of a lower-case word that differ from the word (none for short or non-letter words). */
  public static void stems(String word, List<String> out) {
    int n = word.length();
    if (n < 4 || !isLowerLetters(word)) {
      return;
    }
    String base = word;
    if (n >= 5 && word.endsWith("ni")) {
      base = word.substring(0, n - 2);
      out.add(base);
    }
    nounClassStem(base, out);
    verbStem(word, out);
    englishStem(word, out);
  }

  private static void nounClassStem(String w, List<String> out) {
    int n = w.length();
    if (n >= 5 && w.startsWith("mwa")) {
      out.add(w.substring(3));
    } else if (n >= 5 && w.startsWith("wa")) {
      out.add(w.substring(2));
    } else if (n >= 4 && w.charAt(0) == 'm' && isConsonant(w.charAt(1)) && w.charAt(1) != 'w') {
      out.add(w.substring(1));
    } else if (n >= 5 && (w.startsWith("ki") || w.startsWith("vi")) && isConsonant(w.charAt(2))) {
      out.add(w.substring(2));
    } else if (n >= 6 && w.startsWith("ma") && isConsonant(w.charAt(2))) {
      out.add(w.substring(2));
    }
  }

  private static void verbStem(String w, List<String> out) {
    if (w.startsWith("ku") && w.length() >= 5) {
      out.add(w.substring(2));
      return;
    }
    for (String subject : SUBJECTS) {
      if (!w.startsWith(subject)) {
        continue;
      }
      for (String tense : TENSES) {
        int rootStart = subject.length() + tense.length();
        if (w.startsWith(tense, subject.length()) && w.length() - rootStart >= 3) {
          out.add(w.substring(rootStart));
          return;
        }
      }
    }
  }

  private static void englishStem(String w, List<String> out) {
    int n = w.length();
    if (n >= 5 && w.endsWith("ies")) {
      out.add(w.substring(0, n - 3) + "y");
    } else if (n >= 6 && w.endsWith("ing")) {
      out.add(w.substring(0, n - 3));
    } else if (n >= 5 && w.endsWith("ed")) {
      out.add(w.substring(0, n - 2));
    } else if (n >= 5 && w.endsWith("ly")) {
      out.add(w.substring(0, n - 2));
    } else if (n >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      out.add(w.substring(0, n - 1));
    }
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiou".indexOf(c) < 0;
  }

  private static boolean isLowerLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
