package org.sikiza.gateway.voice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a caller's answer from {@code Digits} (keypad) or {@code SpeechResult} (Twilio's speech recognition):
 * numbers pressed or said in English or Swahili, and the words that choose a language.
 */
public final class SpokenChoice {

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("moja", 1), Map.entry("mbili", 2), Map.entry("tatu", 3), Map.entry("nne", 4), Map.entry("tano", 5),
      Map.entry("sita", 6), Map.entry("saba", 7), Map.entry("nane", 8), Map.entry("tisa", 9));

  private SpokenChoice() {
  }

  /** A number pressed (ignoring {@code #} and {@code *}) or said: "2", "two", "number two", "namba mbili". */
  public static OptionalInt number(String digits, String speech) {
    if (digits != null) {
      String pressed = digits.replaceAll("[#*\\s]", "");
      if (pressed.matches("\\d{1,3}")) {
        return OptionalInt.of(Integer.parseInt(pressed));
      }
    }
    for (String word : words(speech)) {
      if (word.matches("\\d{1,3}")) {
        return OptionalInt.of(Integer.parseInt(word));
      }
      Integer number = NUMBER_WORDS.get(word);
      if (number != null) {
        return OptionalInt.of(number);
      }
    }
    return OptionalInt.empty();
  }

  /** The language pressed (its digit) or said (one of its words). */
  public static Optional<LanguageChoice> language(String digits, String speech, List<LanguageChoice> choices) {
    if (digits != null) {
      String pressed = digits.replaceAll("[#*\\s]", "");
      if (pressed.matches("\\d")) {
        int digit = Integer.parseInt(pressed);
        return choices.stream().filter(choice -> choice.digit() == digit).findFirst();
      }
    }
    List<String> said = words(speech);
    for (LanguageChoice choice : choices) {
      if (said.stream().anyMatch(choice.words()::contains)) {
        return Optional.of(choice);
      }
    }
    OptionalInt number = number(null, speech);
    if (number.isPresent()) {
      return choices.stream().filter(choice -> choice.digit() == number.getAsInt()).findFirst();
    }
    return Optional.empty();
  }

  /** True when the caller gave no answer at all (the question timed out, or they pressed only #). */
  public static boolean nothingGiven(String digits, String speech) {
    return (digits == null || digits.replaceAll("[#*\\s]", "").isEmpty()) && (speech == null || speech.isBlank());
  }

  private static List<String> words(String speech) {
    if (speech == null || speech.isBlank()) {
      return List.of();
    }
    return List.of(speech.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}\\s]", " ").trim().split("\\s+"));
  }
}
