package org.sikiza.gateway.voice;

import io.vertx.ext.web.RoutingContext;
import org.sikiza.gateway.config.PhoneLine;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.polls.PollStore;
import org.sikiza.gateway.polls.PollStore.MissedCall;
import org.sikiza.gateway.privacy.ParticipantPseudonymiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /twilio/voice}: a call comes in (signature already checked). A call to a poll option's number is a
 * missed-call vote: counted once per caller per poll and answered with {@code <Reject>}, so it costs nothing.
 * Any other call gets the greeting and the language menu.
 */
final class IncomingCallHandler {

  private static final Logger LOG = LoggerFactory.getLogger(IncomingCallHandler.class);

  private final SikizaConfig config;
  private final VoiceTwiml twiml;
  private final PollStore polls;
  private final ParticipantPseudonymiser pseudonymiser;

  IncomingCallHandler(SikizaConfig config, VoiceTwiml twiml, PollStore polls, ParticipantPseudonymiser pseudonymiser) {
    this.config = config;
    this.twiml = twiml;
    this.polls = polls;
    this.pseudonymiser = pseudonymiser;
  }

  void handle(RoutingContext ctx) {
    CallParams call = CallParams.parse(ctx.request().formAttributes());
    String participant = pseudonymiser.pseudonymFor(call.from());
    polls.missedCall(call.to(), participant, call.callSid()).onComplete(vote -> {
      if (vote.succeeded() && vote.result().outcome() != MissedCall.NOT_A_POLL_NUMBER) {
        LOG.info("event=poll.missed_call poll={} option={} outcome={} participant={}", vote.result().pollId(),
            vote.result().position(), vote.result().outcome().name().toLowerCase(),
            ParticipantPseudonymiser.forLog(participant));
        VoiceRoutes.answer(ctx, twiml.reject());
        return;
      }
      if (vote.failed()) {
        // The line menu needs no database: a caller is better served than turned away.
        LOG.warn("event=poll.lookup_failed call={} reason=\"{}\"", call.callSid(), vote.cause().getMessage());
      }
      VoiceRoutes.answer(ctx, twiml.welcome(call.to(), defaultLanguage(call.to())));
    });
  }

  private String defaultLanguage(String line) {
    return config.line(line).map(PhoneLine::language).orElse(config.replies().defaultLanguage());
  }
}
