package org.sikiza.classifier.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a raw SMS or transcript into classifier tokens.
 *
 * <p>Steps: Unicode NFKC, lower case, masking of URLs ({@code <url>}), e-mails ({@code <email>}),
 * phone numbers ({@code <phone>}) and numbers ({@code <num>}), emoji ({@code <emoji>}), removal of accents on Latin letters,
 * apostrophes dropped inside words ({@code ng'ombe -> ngombe}), runs of three or more identical
 * letters collapsed to two ({@code sooo -> soo}), Sheng {@code x}-for-{@code s} spelling
 * ({@code xawa -> sawa}) and SMS shorthand expanded from {@link AbbreviationTable}. Swahili
 * morphology is handled later by the feature generators (stems and character n-grams), so tokens
 * here stay whole words. Thread-safe and allocation-light: it runs once per message on the hot path.
 */
public final class TextNormaliser {

  public static final String NUM = "<num>";
  public static final String PHONE = "<phone>";
  public static final String URL = "<url>";
  public static final String EMAIL = "<email>";
  public static final String EMOJI = "<emoji>";

  private static final Pattern URL_PATTERN = Pattern.compile(
      "(?:https?://|www\\.)\\S+|\\b[a-z0-9][a-z0-9-]*\\.(?:com|co\\.ke|or\\.ke|go\\.ke|ke|org|net|info|ly|io)(?:/\\S*)?\\b");
  private static final Pattern EMAIL_PATTERN = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
  // Kenyan mobiles (07.., 01.., +2547..) and any other run of 9+ digits with spaces or dashes.
  private static final Pattern PHONE_PATTERN = Pattern.compile(
      "(?<![\\d])(?:\\+?254|0)[17]\\d{2}[\\s-]?\\d{3}[\\s-]?\\d{3}(?![\\d])|(?<![\\d])\\+?\\d(?:[\\s-]?\\d){8,}(?![\\d])");

  private final AbbreviationTable abbreviations;

  public TextNormaliser(AbbreviationTable abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** A normaliser with the default shorthand table from the classpath. */
  public static TextNormaliser standard() {
    return new TextNormaliser(AbbreviationTable.standard());
  }

  public NormalisedText normalise(String raw) {
    return new NormalisedText(tokens(raw));
  }

  /** The normalised tokens of {@code raw}; an empty list for blank input. */
  public List<String> tokens(String raw) {
    if (raw == null || raw.isBlank()) {
      return List.of();
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    text = maskEntities(text);
    text = stripLatinAccents(text);
    List<String> tokens = new ArrayList<>();
    splitWords(text, tokens);
    return tokens;
  }

  private static String maskEntities(String text) {
    // Cheap pre-checks keep the regexes off the common path (most SMS have none of these).
    if (text.indexOf('@') >= 0) {
      text = EMAIL_PATTERN.matcher(text).replaceAll(" " + EMAIL + " ");
    }
    if (text.contains("http") || text.contains("www") || text.indexOf('.') >= 0) {
      text = URL_PATTERN.matcher(text).replaceAll(" " + URL + " ");
    }
    if (countDigits(text) >= 9) {
      text = PHONE_PATTERN.matcher(text).replaceAll(" " + PHONE + " ");
    }
    return text;
  }

  private static int countDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    return digits;
  }

  /** Removes combining marks on Latin letters only: harmless for Swahili/English, but marks carry meaning in e.g. Devanagari. */
  static String stripLatinAccents(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 128;
    }
    if (ascii) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    int lastBase = -1;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
      if (mark && lastBase >= 0 && Character.UnicodeScript.of(lastBase) == Character.UnicodeScript.LATIN) {
        i += Character.charCount(cp);
        continue;
      }
      if (!mark) {
        lastBase = cp;
      }
      out.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private void splitWords(String text, List<String> out) {
    StringBuilder word = new StringBuilder(16);
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (cp == '<') {
        int close = text.indexOf('>', i);
        if (close > i && isPlaceholder(text, i, close + 1)) {
          flush(word, out);
          out.add(text.substring(i, close + 1));
          i = close + 1;
          continue;
        }
      }
      if (Character.getType(cp) == Character.OTHER_SYMBOL) {
        // Emoji carry tone (greetings, thanks) more than topic: one placeholder per run.
        flush(word, out);
        if (out.isEmpty() || !out.get(out.size() - 1).equals(EMOJI)) {
          out.add(EMOJI);
        }
      } else if (Character.isLetterOrDigit(cp) || isMarkInWord(cp, word)) {
        word.appendCodePoint(cp);
      } else if (isApostrophe(cp) && word.length() > 0) {
        // ng'ombe, murang'a, don't: the apostrophe is spelling, not a word boundary.
      } else if (cp == '-' && word.length() > 0 && word.length() <= 2 && i + 1 < n
          && Character.isLetter(text.codePointAt(i + 1))) {
        // m-pesa, e-waste, co-op: a short prefix belongs to the word.
      } else {
        flush(word, out);
      }
      i += width;
    }
    flush(word, out);
  }

  private static boolean isMarkInWord(int cp, StringBuilder word) {
    int type = Character.getType(cp);
    return word.length() > 0 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
  }

  private static boolean isPlaceholder(String text, int start, int end) {
    String candidate = text.substring(start, end);
    return candidate.equals(NUM) || candidate.equals(PHONE) || candidate.equals(URL) || candidate.equals(EMAIL)
        || candidate.equals(EMOJI);
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '`' || cp == '\u00b4' || cp == '\u02bc';
  }

  private void flush(StringBuilder word, List<String> out) {
    if (word.length() == 0) {
      return;
    }
    String token = collapseRepeats(word);
    word.setLength(0);
    if (token.length() > 2 && token.charAt(0) == 'x' && isVowel(token.charAt(1))) {
      token = shengX(token);
    }
    String[] expansion = abbreviations.expansion(token);
    if (expansion != null) {
      for (String part : expansion) {
        out.add(part);
      }
      return;
    }
    splitDigits(token, out);
  }

  /** Sheng texting writes s as x before a vowel: xaxa, xawa, xiku. */
  private static String shengX(String token) {
    StringBuilder sb = new StringBuilder(token);
    for (int i = 0; i + 1 < sb.length(); i++) {
      if (sb.charAt(i) == 'x' && isVowel(sb.charAt(i + 1))) {
        sb.setCharAt(i, 's');
      }
    }
    return sb.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** sooo -> soo, pleeeease -> pleease: keeps Swahili double vowels (saa, mzee) intact. */
  static String collapseRepeats(CharSequence word) {
    StringBuilder out = new StringBuilder(word.length());
    int run = 0;
    char previous = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      run = c == previous ? run + 1 : 1;
      previous = c;
      if (run <= 2 || Character.isDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstNonDigit(String token) {
    int i = 0;
    while (i < token.length() && Character.isDigit(token.charAt(i))) {
      i++;
    }
    return i;
  }

  /** ksh200 -> ksh <num>; 50k -> <num> k; 2024 -> <num>. */
  private static void splitDigits(String token, List<String> out) {
    boolean hasDigit = false;
    for (int i = 0; i < token.length() && !hasDigit; i++) {
      hasDigit = Character.isDigit(token.charAt(i));
    }
    if (!hasDigit) {
      out.add(token);
      return;
    }
    if (!out.isEmpty() && out.get(out.size() - 1).equals(NUM) && Character.isDigit(token.charAt(0))) {
      // 1,000 and 2.5 arrive as two digit runs; they are one number.
      token = token.substring(firstNonDigit(token));
      if (token.isEmpty()) {
        return;
      }
    }
    int start = 0;
    boolean inDigits = Character.isDigit(token.charAt(0));
    for (int i = 1; i <= token.length(); i++) {
      boolean boundary = i == token.length() || Character.isDigit(token.charAt(i)) != inDigits;
      if (boundary) {
        out.add(inDigits ? NUM : token.substring(start, i));
        if (i < token.length()) {
          start = i;
          inDigits = !inDigits;
        }
      }
    }
  }
}
