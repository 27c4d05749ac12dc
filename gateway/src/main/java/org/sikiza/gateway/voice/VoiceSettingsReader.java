package org.sikiza.gateway.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds {@link VoiceSettings} from {@code config/voice/voice.json} and the templates
 * {@code config/templates/voice-prompts.json} and {@code outbound-confirmations.json}, then the environment
 * ({@code SIKIZA_VOICE_MAX_RECORDING_SECONDS}). Fails at start-up, naming the file, when something is missing.
 */
public final class VoiceSettingsReader {

  private final Function<String, JsonNode> readConfig;
  private final Map<String, String> env;

  public VoiceSettingsReader(Function<String, JsonNode> readConfig, Map<String, String> env) {
    this.readConfig = readConfig;
    this.env = env;
  }

  public VoiceSettings read() {
    JsonNode voice = readConfig.apply("voice/voice.json");
    JsonNode recording = voice.path("recording");
    int maxLength = intSetting("SIKIZA_VOICE_MAX_RECORDING_SECONDS", recording.path("maxLengthSeconds").asInt(120));
    if (maxLength < 2 || maxLength > 3600) {
      throw new IllegalStateException("the longest recording must be 2 to 3600 seconds, got " + maxLength);
    }
    Set<String> transcribes = new HashSet<>();
    voice.at("/transcription/twilioLanguages").forEach(code -> transcribes.add(code.asText()));
    VoiceLine defaults = line("", voice.path("defaults"), null);
    Map<String, VoiceLine> lines = new HashMap<>();
    for (JsonNode line : voice.path("lines")) {
      String number = line.path("number").asText();
      if (number.isBlank()) {
        throw new IllegalStateException("voice/voice.json: every line needs a number");
      }
      lines.put(number, line(number, line, defaults));
    }
    return new VoiceSettings(
        maxLength,
        recording.path("silenceTimeoutSeconds").asInt(5),
        transcribes,
        Duration.ofMinutes(voice.at("/transcription/waitMinutes").asLong(30)),
        languages(voice.path("languages")),
        defaults,
        lines,
        prompts(readConfig.apply("templates/voice-prompts.json")),
        confirmations(readConfig.apply("templates/outbound-confirmations.json")),
        voice.path("callbackConnectionOverrides").asText(""));
  }

  private static VoiceLine line(String number, JsonNode node, VoiceLine inherit) {
    return new VoiceLine(number,
        node.path("askCounty").asBoolean(inherit == null || inherit.askCounty()),
        node.path("askPoll").asBoolean(inherit == null || inherit.askPoll()),
        node.path("smsConfirmation").asBoolean(inherit != null && inherit.smsConfirmation()),
        node.path("smsSender").isTextual() ? node.path("smsSender").asText() : null);
  }

  private static List<LanguageChoice> languages(JsonNode node) {
    List<LanguageChoice> languages = new ArrayList<>();
    for (JsonNode language : node) {
      List<String> words = new ArrayList<>();
      language.path("words").forEach(word -> words.add(word.asText().toLowerCase(Locale.ROOT)));
      languages.add(new LanguageChoice(language.path("digit").asInt(), language.path("code").asText(), words,
          text(language, "sayLanguage"), text(language, "sayVoice"), text(language, "gatherLanguage")));
    }
    if (languages.isEmpty() || languages.stream().anyMatch(l -> l.digit() < 1 || l.digit() > 9 || l.code().isBlank())) {
      throw new IllegalStateException("voice/voice.json: languages must list a digit (1-9) and a code for each");
    }
    return languages;
  }

  private static VoicePrompts prompts(JsonNode file) {
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, String>>> lineTexts = new HashMap<>();
    Map<String, Map<String, String>> audio = new HashMap<>();
    file.fields().forEachRemaining(entry -> {
      switch (entry.getKey()) {
        case "lines" -> entry.getValue().fields().forEachRemaining(line -> {
          Map<String, Map<String, String>> byLanguage = new HashMap<>();
          line.getValue().fields().forEachRemaining(language -> byLanguage.put(language.getKey(), strings(language.getValue())));
          lineTexts.put(line.getKey(), byLanguage);
        });
        case "audio" -> entry.getValue().fields().forEachRemaining(language -> audio.put(language.getKey(), strings(language.getValue())));
        default -> {
          if (!entry.getKey().startsWith("_")) {
            texts.put(entry.getKey(), strings(entry.getValue()));
          }
        }
      }
    });
    for (VoicePrompts.Key key : VoicePrompts.Key.values()) {
      if (!texts.getOrDefault(VoicePrompts.FALLBACK_LANGUAGE, Map.of()).containsKey(key.key)) {
        throw new IllegalStateException("templates/voice-prompts.json has no eng." + key.key);
      }
    }
    return new VoicePrompts(texts, lineTexts, audio);
  }

  private static ConfirmationTexts confirmations(JsonNode file) {
    Map<String, String> byLanguage = new HashMap<>();
    Map<String, Map<String, String>> byLine = new HashMap<>();
    file.fields().forEachRemaining(entry -> {
      if (entry.getKey().equals("lines")) {
        entry.getValue().fields().forEachRemaining(line -> byLine.put(line.getKey(), strings(line.getValue())));
      } else if (!entry.getKey().startsWith("_")) {
        byLanguage.put(entry.getKey(), entry.getValue().asText());
      }
    });
    if (!byLanguage.containsKey(VoicePrompts.FALLBACK_LANGUAGE)) {
      throw new IllegalStateException("templates/outbound-confirmations.json has no eng text");
    }
    return new ConfirmationTexts(byLanguage, byLine);
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> strings = new HashMap<>();
    node.fields().forEachRemaining(field -> strings.put(field.getKey(), field.getValue().asText()));
    return strings;
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).isTextual() && !node.path(field).asText().isBlank() ? node.path(field).asText() : null;
  }

  private int intSetting(String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " must be a whole number, got '" + value + "'");
    }
  }
}
