package org.sikiza.gateway.voice;

import java.util.List;

/**
 * A language a caller may choose: the key to press, its ISO 639-3 code, the words that choose it by voice, and
 * how Twilio speaks and hears it.
 *
 * @param sayLanguage    {@code <Say language>}; null leaves Twilio's default
 * @param sayVoice       {@code <Say voice>}; null leaves Twilio's default
 * @param gatherLanguage {@code <Gather language>} for speech recognition, e.g. {@code sw-KE}
 */
public record LanguageChoice(int digit, String code, List<String> words, String sayLanguage, String sayVoice,
    String gatherLanguage) {

  public LanguageChoice {
    words = List.copyOf(words);
  }
}
