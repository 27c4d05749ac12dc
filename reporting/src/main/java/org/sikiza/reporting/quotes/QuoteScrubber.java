package org.sikiza.reporting.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal data out of a message before it can be quoted: links, e-mail addresses, social handles, phone
 * numbers, ID and account numbers (any run of six or more digits), codes mixing letters and digits (M-Pesa
 * transaction codes, passport numbers), number plates, and personal names (after "my name is" / "naitwa", after
 * titles such as Mr or Mheshimiwa, as a sign-off, or from a lexicon of common Kenyan names). Each is replaced by a
 * bracketed placeholder. It cannot promise to catch every name, so reports also keep quotes short and never show
 * who sent them, when, or on which channel.
 */
public final class QuoteScrubber {

  public static final String NAME = "[name]";
  public static final String NUMBER = "[number]";
  public static final String EMAIL = "[email]";
  public static final String LINK = "[link]";
  public static final String CODE = "[code]";

  /** Longest quote shown; longer messages are cut at a word boundary. */
  public static final int MAX_LENGTH = 240;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern LINKS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+\\.(?:com|org|net|ke|co\\.ke)/\\S*");
  private static final Pattern EMAILS = Pattern.compile(
      "(?i)[\\w.+-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\w-]+(?:\\s*(?:\\.|\\(dot\\)|\\[dot\\])\\s*[\\w-]+)+");
  private static final Pattern HANDLES = Pattern.compile("(?<![\\w@])@\\w{2,}");
  private static final Pattern PLATES = Pattern.compile("(?i)\\bK[A-Z]{2}\\s?\\d{3}\\s?[A-Z]?\\b");
  /** Digits with the separators people put in phone numbers; counted below, six digits or more is a number. */
  private static final Pattern DIGIT_RUNS = Pattern.compile("\\+?\\(?\\d[\\d\\s().\\-/]*\\d");
  private static final Pattern MIXED_CODES = Pattern.compile("\\b(?=[A-Za-z0-9]*\\d[A-Za-z0-9]*\\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,}\\b");

  /** Phrases after which the next words are the writer's own name, whatever their case. */
  private static final Pattern STRONG_INTRODUCTION = Pattern.compile(
      "(?i)\\b(my name is|my names are|my name's|i am called|i'm called|call me|naitwa|jina langu ni|majina yangu ni|"
          + "ninaitwa|nimeitwa|mimi naitwa|it's me|am called)\\s+");
  /** Phrases after which capitalised words are a name: "this is Otieno from Kisumu", "mimi ni Akinyi". */
  private static final Pattern WEAK_INTRODUCTION = Pattern.compile("(?i)\\b(this is|i am|i'm|mimi ni|ni mimi|am)\\s+");
  private static final Pattern TITLES = Pattern.compile(
      "(?i)\\b(mr|mrs|ms|miss|dr|prof|hon|mheshimiwa|mhe|bw|bi|bwana|mama|baba|chief|pastor|rev|sheikh|imam|mzee|"
          + "governor|gavana|senator|seneta|mp|mca|mwalimu|teacher|nurse|daktari|officer|afande|inspector|"
          + "sergeant|sgt|cpl|chifu)\\.?\\s+");
  private static final Pattern SIGN_OFF = Pattern.compile(
      "(?:^|[\\s,.!;])(?:-+|–|—|regards|thanks|thank you|asante|wako|yours)\\s*,?\\s*"
          + "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)[.!]?\\s*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
  private static final Pattern REPEATED = Pattern.compile("(\\[(?:name|number|email|link|code)])(?:[\\s,]+\\1)+");
  private static final Set<String> NOT_NAMES = Set.of(
      "a", "an", "the", "from", "in", "at", "of", "and", "na", "wa", "ya", "kutoka", "not", "very", "so", "also",
      "here", "there", "sick", "poor", "tired", "hungry", "angry", "happy", "sad", "worried", "concerned", "writing",
      "calling", "asking", "mgonjwa", "mama", "baba", "mzee", "mkulima", "mwalimu", "mwanafunzi", "mjane");

  private final NameLexicon names;

  public QuoteScrubber() {
    this(NameLexicon.loadDefault());
  }

  QuoteScrubber(NameLexicon names) {
    this.names = names;
  }

  public String scrub(String raw) {
    String text = CONTROL.matcher(raw == null ? "" : raw).replaceAll(" ");
    text = SPACE.matcher(text).replaceAll(" ").trim();
    String lower = text.toLowerCase(Locale.ROOT);
    // Cheap checks first: most messages have no link, address or number, and the patterns are not free.
    if (lower.contains("http") || lower.contains("www.") || lower.contains("/")) {
      text = LINKS.matcher(text).replaceAll(LINK);
    }
    if (text.indexOf('@') >= 0 || lower.contains("(at)") || lower.contains("[at]")) {
      text = EMAILS.matcher(text).replaceAll(EMAIL);
      text = HANDLES.matcher(text).replaceAll(NAME);
    }
    if (text.chars().anyMatch(Character::isDigit)) {
      text = PLATES.matcher(text).replaceAll(NUMBER);
      text = replaceLongDigitRuns(text);
      text = MIXED_CODES.matcher(text).replaceAll(CODE);
    }
    text = nameAfter(STRONG_INTRODUCTION, text, true);
    text = nameAfter(TITLES, text, false);
    text = nameAfter(WEAK_INTRODUCTION, text, false);
    text = signOff(text);
    text = lexiconNames(text);
    text = REPEATED.matcher(text).replaceAll("$1");
    return shorten(text);
  }

  private static String replaceLongDigitRuns(String text) {
    Matcher matcher = DIGIT_RUNS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      long digits = matcher.group().chars().filter(Character::isDigit).count();
      matcher.appendReplacement(out, Matcher.quoteReplacement(digits >= 6 ? NUMBER : matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Replaces the name (up to three words) after each match of {@code introducer} by one placeholder.
   *
   * @param firstWordAnyCase after a strong introduction ("my name is") the first word is a name even in lower case;
   *                         otherwise, and for further words, only capitalised words or known names are
   */
  private String nameAfter(Pattern introducer, String text, boolean firstWordAnyCase) {
    Matcher matcher = introducer.matcher(text);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int searchFrom = 0;
    while (searchFrom < text.length() && matcher.find(searchFrom)) {
      int end = matcher.end();
      int nameEnd = end;
      int at = end;
      int words = 0;
      Matcher word = WORD.matcher(text);
      while (words < 3 && word.find(at) && word.start() == at && isNameWord(word.group(), words == 0 && firstWordAnyCase)) {
        words++;
        nameEnd = word.end();
        // Names are separated by single spaces; anything else ends the name.
        if (nameEnd < text.length() && text.charAt(nameEnd) == ' ') {
          at = nameEnd + 1;
        } else {
          break;
        }
      }
      if (words > 0) {
        out.append(text, copied, end).append(NAME);
        copied = nameEnd;
      }
      searchFrom = Math.max(end, nameEnd);
    }
    out.append(text.substring(copied));
    return out.toString();
  }

  private boolean isNameWord(String word, boolean anyCase) {
    if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return anyCase || Character.isUpperCase(word.charAt(0)) || names.isKnownName(word);
  }

  private static String signOff(String text) {
    Matcher matcher = SIGN_OFF.matcher(text);
    if (matcher.find()) {
      return text.substring(0, matcher.start(1)) + NAME + text.substring(matcher.end(1));
    }
    return text;
  }

  private String lexiconNames(String text) {
    Matcher word = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    while (word.find()) {
      if (names.isName(word.group(), sentenceStart(text, word.start()))) {
        out.append(text, copied, word.start()).append(NAME);
        copied = word.end();
      }
    }
    out.append(text.substring(copied));
    return out.toString();
  }

  private static boolean sentenceStart(String text, int index) {
    for (int i = index - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == ':';
      }
    }
    return true;
  }

  private static String shorten(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
    return text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).stripTrailing() + "…";
  }

  /** The words of a scrubbed quote, lower case, without placeholders: for judging how alike two quotes are. */
  static List<String> words(String scrubbed) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(scrubbed.replaceAll("\\[(name|number|email|link|code)]", " "));
    while (word.find()) {
      words.add(word.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
