package org.sikiza.gateway.voice;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the voice line behaves: the recording, which languages Twilio may transcribe, the language menu, each
 * line's options, what is said, and the confirmation SMS.
 *
 * @param twilioTranscribes   languages whose recordings Twilio is asked to transcribe (Twilio transcribes English
 *                            only); the others go to the transcription queue for people to type
 * @param transcriptionWait   how long to wait for Twilio's transcript before a recording joins the queue anyway
 * @param callbackOverrides   Twilio connection overrides appended to callback URLs as a fragment (e.g.
 *                            {@code rc=3&rp=5xx,ct,rt}), or empty
 */
public record VoiceSettings(
    int maxRecordingSeconds,
    int silenceTimeoutSeconds,
    Set<String> twilioTranscribes,
    Duration transcriptionWait,
    List<LanguageChoice> languages,
    VoiceLine defaults,
    Map<String, VoiceLine> lines,
    VoicePrompts prompts,
    ConfirmationTexts confirmations,
    String callbackOverrides) {

  public VoiceSettings {
    twilioTranscribes = Set.copyOf(twilioTranscribes);
    languages = List.copyOf(languages);
    lines = Map.copyOf(lines);
  }

  public VoiceLine line(String number) {
    return lines.getOrDefault(number, defaults);
  }

  public Optional<LanguageChoice> language(String code) {
    return languages.stream().filter(choice -> choice.code().equals(code)).findFirst();
  }

  public boolean twilioTranscribes(String language) {
    return twilioTranscribes.contains(language);
  }
}
