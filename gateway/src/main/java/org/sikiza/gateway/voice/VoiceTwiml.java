package org.sikiza.gateway.voice;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Reject;
import com.twilio.twiml.voice.Say;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sikiza.gateway.polls.Poll;
import org.sikiza.gateway.polls.PollOption;
import org.sikiza.gateway.programmes.Episode;
import org.sikiza.gateway.voice.VoicePrompts.Key;

/**
 * Renders each step of the call flow as TwiML with the SDK's {@link VoiceResponse}. Every URL is absolute
 * (SIKIZA_PUBLIC_URL + path), so what Twilio signs is what the signature check rebuilds. A question that gets no
 * answer falls through to a {@code <Redirect>} to the same step with nothing given, which moves the call on.
 */
public final class VoiceTwiml {

  static final String LANGUAGE_STEP = "/twilio/voice/language";
  static final String COUNTY_STEP = "/twilio/voice/county";
  static final String POLL_STEP = "/twilio/voice/poll";
  static final String RECORDED_STEP = "/twilio/voice/recorded";
  static final String RECORDING_CALLBACK = "/twilio/voice/recording";
  static final String TRANSCRIPTION_CALLBACK = "/twilio/voice/transcription";

  private static final int QUESTION_TIMEOUT_SECONDS = 6;
  private static final int COUNTY_TIMEOUT_SECONDS = 8;

  private final VoiceSettings settings;
  private final String publicUrl;
  private final String countyHints;

  public VoiceTwiml(VoiceSettings settings, String publicUrl, List<String> countyNames) {
    this.settings = settings;
    this.publicUrl = publicUrl;
    this.countyHints = String.join(", ", countyNames);
  }

  /** The greeting and the language menu. */
  public String welcome(String line, String defaultLanguage) {
    String hints = String.join(", ", settings.languages().stream().flatMap(choice -> choice.words().stream()).toList());
    Gather.Builder gather = gather(LANGUAGE_STEP, defaultLanguage, hints).numDigits(1).timeout(QUESTION_TIMEOUT_SECONDS);
    say(gather, Key.GREETING, line, defaultLanguage, Map.of());
    say(gather, Key.CHOOSE_LANGUAGE, line, defaultLanguage, Map.of());
    return xml(new VoiceResponse.Builder().gather(gather.build())
        .redirect(redirect(LANGUAGE_STEP)).build());
  }

  /** Asks for the county: a keypad code ending in #, or its name. */
  public String askCounty(String line, MenuState state, boolean again) {
    String url = COUNTY_STEP + "?" + state.query();
    Gather.Builder gather = gather(url, state.language(), countyHints).finishOnKey("#").timeout(COUNTY_TIMEOUT_SECONDS);
    if (again) {
      say(gather, Key.COUNTY_NOT_UNDERSTOOD, line, state.language(), Map.of());
    }
    say(gather, Key.ASK_COUNTY, line, state.language(), Map.of());
    return xml(new VoiceResponse.Builder().gather(gather.build()).redirect(redirect(url)).build());
  }

  /** Asks the open poll of the line's programme: numbered options, pressed or said. */
  public String askPoll(String line, MenuState state, Poll poll) {
    String url = POLL_STEP + "?" + state.query() + "&poll=" + poll.id();
    Gather.Builder gather = gather(url, state.language(), "1, 2, 3, 4, 5, 6, 7, 8, 9").numDigits(1)
        .timeout(QUESTION_TIMEOUT_SECONDS);
    say(gather, Key.POLL_INTRO, line, state.language(), Map.of("question", poll.question()));
    for (PollOption option : poll.options()) {
      say(gather, Key.POLL_OPTION, line, state.language(),
          Map.of("digit", Integer.toString(option.position()), "label", option.label()));
    }
    return xml(new VoiceResponse.Builder().gather(gather.build()).redirect(redirect(url)).build());
  }

  /**
   * The recording: prompt (with the episode's question when one is on air), then {@code <Record>} with its
   * callbacks. Twilio does not call the action for an empty recording but goes on to the next verb: the
   * "nothing heard" goodbye.
   */
  public String record(String line, MenuState state, RecordingContext context, Optional<Episode> episode,
      boolean answeredPoll) {
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    String language = state.language();
    if (answeredPoll) {
      say(response, Key.POLL_THANKS, line, language);
    }
    episode.ifPresent(on -> say(response, Key.EPISODE_QUESTION, line, language, Map.of("question", on.question())));
    say(response, Key.RECORD_PROMPT, line, language);
    String callbackQuery = "?" + context.query();
    String overrides = settings.callbackOverrides().isBlank() ? "" : "#" + settings.callbackOverrides();
    Record.Builder record = new Record.Builder()
        .action(url(RECORDED_STEP + "?" + state.query()))
        .method(HttpMethod.POST)
        .maxLength(settings.maxRecordingSeconds())
        .timeout(settings.silenceTimeoutSeconds())
        .finishOnKey("#")
        .playBeep(true)
        .recordingStatusCallback(url(RECORDING_CALLBACK + callbackQuery) + overrides)
        .recordingStatusCallbackMethod(HttpMethod.POST)
        .recordingStatusCallbackEvents(List.of(Record.RecordingEvent.COMPLETED, Record.RecordingEvent.ABSENT));
    if (settings.twilioTranscribes(language)) {
      record.transcribe(true).transcribeCallback(url(TRANSCRIPTION_CALLBACK + callbackQuery) + overrides);
    }
    response.record(record.build());
    say(response, Key.NOTHING_HEARD, line, language);
    return xml(response.hangup(new Hangup.Builder().build()).build());
  }

  public String goodbye(String line, String language) {
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    say(response, Key.THANKS, line, language);
    return xml(response.hangup(new Hangup.Builder().build()).build());
  }

  public String unavailable(String line, String language) {
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    say(response, Key.UNAVAILABLE, line, language);
    return xml(response.hangup(new Hangup.Builder().build()).build());
  }

  /** A missed-call vote: rejected as busy, so the call is never answered and costs the caller nothing. */
  public String reject() {
    return xml(new VoiceResponse.Builder().reject(new Reject.Builder().reason(Reject.Reason.BUSY).build()).build());
  }

  private Gather.Builder gather(String path, String language, String hints) {
    Gather.Builder gather = new Gather.Builder()
        .inputs(List.of(Gather.Input.DTMF, Gather.Input.SPEECH))
        .action(url(path))
        .method(HttpMethod.POST)
        .hints(hints);
    settings.language(language).map(LanguageChoice::gatherLanguage)
        .ifPresent(speechLanguage -> gather.option("language", speechLanguage));
    return gather;
  }

  private Redirect redirect(String path) {
    return new Redirect.Builder(url(path)).method(HttpMethod.POST).build();
  }

  private void say(Gather.Builder gather, Key key, String line, String language, Map<String, String> values) {
    String audio = settings.prompts().audio(key, language);
    if (audio != null) {
      gather.play(new Play.Builder(audio).build());
    } else {
      gather.say(speech(key, line, language, values));
    }
  }

  private void say(VoiceResponse.Builder response, Key key, String line, String language) {
    say(response, key, line, language, Map.of());
  }

  private void say(VoiceResponse.Builder response, Key key, String line, String language, Map<String, String> values) {
    String audio = settings.prompts().audio(key, language);
    if (audio != null) {
      response.play(new Play.Builder(audio).build());
    } else {
      response.say(speech(key, line, language, values));
    }
  }

  private Say speech(Key key, String line, String language, Map<String, String> values) {
    String text = settings.prompts().text(key, line, language);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", value.getValue());
    }
    Say.Builder say = new Say.Builder(text);
    settings.language(language).ifPresent(choice -> {
      if (choice.sayLanguage() != null) {
        say.option("language", choice.sayLanguage());
      }
      if (choice.sayVoice() != null) {
        say.option("voice", choice.sayVoice());
      }
    });
    return say.build();
  }

  private String url(String pathAndQuery) {
    return publicUrl + pathAndQuery;
  }

  private static String xml(VoiceResponse response) {
    try {
      return response.toXml();
    } catch (TwiMLException e) {
      throw new IllegalStateException("cannot render TwiML", e);
    }
  }
}
