package org.sikiza.gateway.voice;

import java.util.Map;

/**
 * What the call flow says, per language ({@code config/templates/voice-prompts.json}), with per-line overrides
 * and optional recorded audio to play instead of speech (for a language Twilio's voices do not speak well).
 * Texts may hold {@code {placeholders}}.
 */
public record VoicePrompts(
    Map<String, Map<String, String>> texts,
    Map<String, Map<String, Map<String, String>>> lineTexts,
    Map<String, Map<String, String>> audio) {

  public static final String FALLBACK_LANGUAGE = "eng";

  /** The keys every fallback-language block must define. */
  public enum Key {
    GREETING("greeting"), CHOOSE_LANGUAGE("chooseLanguage"), ASK_COUNTY("askCounty"),
    COUNTY_NOT_UNDERSTOOD("countyNotUnderstood"), POLL_INTRO("pollIntro"), POLL_OPTION("pollOption"),
    POLL_THANKS("pollThanks"), RECORD_PROMPT("recordPrompt"), EPISODE_QUESTION("episodeQuestion"),
    THANKS("thanks"), NOTHING_HEARD("nothingHeard"), UNAVAILABLE("unavailable");

    public final String key;

    Key(String key) {
      this.key = key;
    }
  }

  public VoicePrompts {
    texts = Map.copyOf(texts);
    lineTexts = Map.copyOf(lineTexts);
    audio = Map.copyOf(audio);
  }

  /** The text for a line and language: the line's own, else the language's, else English. */
  public String text(Key key, String line, String language) {
    String own = lineTexts.getOrDefault(line, Map.of()).getOrDefault(language, Map.of()).get(key.key);
    if (own != null) {
      return own;
    }
    String text = texts.getOrDefault(language, Map.of()).get(key.key);
    return text != null ? text : texts.get(FALLBACK_LANGUAGE).get(key.key);
  }

  /** A recording to play instead of speaking, if one is configured for this language. */
  public String audio(Key key, String language) {
    return audio.getOrDefault(language, Map.of()).get(key.key);
  }
}
