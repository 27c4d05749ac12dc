package org.sikiza.gateway.voice;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.OptionalInt;
import org.sikiza.classifier.county.CountyMatch;
import org.sikiza.classifier.county.CountyResolver;
import org.sikiza.gateway.config.PhoneLine;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.polls.PollStore;
import org.sikiza.gateway.privacy.ParticipantPseudonymiser;
import org.sikiza.gateway.programmes.CountyInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The menu steps of a call: {@code /twilio/voice/language}, {@code /county} and {@code /poll}. Each reads the
 * caller's answer ({@code Digits} or {@code SpeechResult}), carries the choices forward in the next URL, and
 * answers with the next TwiML. A question left unanswered moves the call on; a county not understood is asked
 * once more.
 */
final class CallMenuHandler {

  private static final Logger LOG = LoggerFactory.getLogger(CallMenuHandler.class);
  private static final int COUNTY_ATTEMPTS = 2;

  private final SikizaConfig config;
  private final VoiceSettings settings;
  private final VoiceTwiml twiml;
  private final CallFlow flow;
  private final PollStore polls;
  private final CountyInput counties;
  private final CountyResolver places;
  private final ParticipantPseudonymiser pseudonymiser;

  CallMenuHandler(SikizaConfig config, VoiceTwiml twiml, CallFlow flow, PollStore polls, CountyResolver places,
      ParticipantPseudonymiser pseudonymiser) {
    this.config = config;
    this.settings = config.voice();
    this.twiml = twiml;
    this.flow = flow;
    this.polls = polls;
    this.counties = config.radio().counties();
    this.places = places;
    this.pseudonymiser = pseudonymiser;
  }

  void language(RoutingContext ctx) {
    MultiMap form = ctx.request().formAttributes();
    CallParams call = CallParams.parse(form);
    String language = SpokenChoice.language(form.get("Digits"), form.get("SpeechResult"), settings.languages())
        .map(LanguageChoice::code)
        .orElseGet(() -> fallbackLanguage(call.to()));
    reply(ctx, flow.afterLanguage(call, new MenuState(language, 0, 1)));
  }

  void county(RoutingContext ctx) {
    MultiMap form = ctx.request().formAttributes();
    CallParams call = CallParams.parse(form);
    MenuState state = MenuState.parse(ctx.queryParams(), settings);
    String digits = form.get("Digits");
    String speech = form.get("SpeechResult");
    if (SpokenChoice.nothingGiven(digits, speech)) {
      reply(ctx, flow.afterCounty(call, state));
      return;
    }
    Optional<String> county = countyOf(digits, speech);
    if (county.isPresent()) {
      reply(ctx, flow.afterCounty(call, state.withCounty(counties.codeOf(county.get()))));
    } else if (state.attempt() < COUNTY_ATTEMPTS) {
      VoiceRoutes.answer(ctx, twiml.askCounty(call.to(), state.retry(), true));
    } else {
      reply(ctx, flow.afterCounty(call, state));
    }
  }

  void poll(RoutingContext ctx) {
    MultiMap form = ctx.request().formAttributes();
    CallParams call = CallParams.parse(form);
    MenuState state = MenuState.parse(ctx.queryParams(), settings);
    String poll = ctx.queryParams().get("poll");
    if (poll == null || !poll.matches("\\d{1,18}")) {
      throw new ApiException(ErrorType.BAD_REQUEST, "invalid call state: poll must be a poll id");
    }
    OptionalInt answer = SpokenChoice.number(form.get("Digits"), form.get("SpeechResult"));
    if (answer.isEmpty()) {
      reply(ctx, flow.record(call, state, false));
      return;
    }
    String method = SpokenChoice.nothingGiven(form.get("Digits"), null) ? "speech" : "keypad";
    String participant = pseudonymiser.pseudonymFor(call.from());
    Future<String> next = polls.keypadVote(Long.parseLong(poll), participant, answer.getAsInt(), method, call.callSid())
        .otherwise(failure -> {
          LOG.warn("event=poll.vote_failed call={} reason=\"{}\"", call.callSid(), failure.getMessage());
          return false;
        })
        .compose(counted -> {
          LOG.info("event=poll.keypad_vote poll={} option={} counted={} participant={}", poll, answer.getAsInt(),
              counted, ParticipantPseudonymiser.forLog(participant));
          return flow.record(call, state, true);
        });
    reply(ctx, next);
  }

  /** A keypad code, a county's name, or a place the gazetteer knows in that county ("Eldoret"). */
  private Optional<String> countyOf(String digits, String speech) {
    OptionalInt code = SpokenChoice.number(digits, null);
    if (code.isPresent()) {
      return counties.byCode(code.getAsInt());
    }
    if (speech == null || speech.isBlank()) {
      return Optional.empty();
    }
    Optional<String> named = counties.resolve(speech.replaceAll("[.!?]+$", ""));
    if (named.isPresent()) {
      return named;
    }
    return places.resolve(speech).map(CountyMatch::county).flatMap(counties::resolve);
  }

  private String fallbackLanguage(String line) {
    String configured = config.line(line).map(PhoneLine::language).orElse(config.replies().defaultLanguage());
    return settings.language(configured).isPresent() ? configured : settings.languages().get(0).code();
  }

  private static void reply(RoutingContext ctx, Future<String> twiml) {
    twiml.onSuccess(document -> VoiceRoutes.answer(ctx, document)).onFailure(ctx::fail);
  }
}
