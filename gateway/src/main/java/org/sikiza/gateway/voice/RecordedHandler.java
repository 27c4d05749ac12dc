package org.sikiza.gateway.voice;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;
import org.sikiza.gateway.outbound.OutboundSmsOutbox;
import org.sikiza.gateway.privacy.ParticipantPseudonymiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /twilio/voice/recorded}: the {@code <Record>} action, once the caller has spoken. Queues the SMS
 * confirmation where the line offers one (this webhook is the only place the caller's number exists: it goes
 * into the outbound queue sealed), then thanks the caller and hangs up. The recording itself arrives through
 * the recording and transcription callbacks.
 */
final class RecordedHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RecordedHandler.class);
  private static final Pattern PHONE_NUMBER = Pattern.compile("\\+[1-9]\\d{6,14}");

  private final VoiceSettings settings;
  private final VoiceTwiml twiml;
  private final OutboundSmsOutbox outbox;
  private final boolean outboundEnabled;
  private final ParticipantPseudonymiser pseudonymiser;

  RecordedHandler(VoiceSettings settings, VoiceTwiml twiml, OutboundSmsOutbox outbox, boolean outboundEnabled,
      ParticipantPseudonymiser pseudonymiser) {
    this.settings = settings;
    this.twiml = twiml;
    this.outbox = outbox;
    this.outboundEnabled = outboundEnabled;
    this.pseudonymiser = pseudonymiser;
  }

  void handle(RoutingContext ctx) {
    CallParams call = CallParams.parse(ctx.request().formAttributes());
    MenuState state = MenuState.parse(ctx.queryParams(), settings);
    VoiceLine line = settings.line(call.to());
    Future<Void> confirmation = Future.succeededFuture();
    // A withheld or non-phone caller id ("anonymous", "client:…") cannot be texted.
    if (outboundEnabled && line.smsConfirmation() && PHONE_NUMBER.matcher(call.from()).matches()) {
      String participant = pseudonymiser.pseudonymFor(call.from());
      confirmation = outbox.queue("voice-confirmation:" + call.callSid(), "voice_confirmation", participant,
              line.senderFor(call.to()), call.from(), settings.confirmations().text(call.to(), state.language()))
          .onSuccess(queued -> LOG.info("event=voice.confirmation call={} queued={} participant={}", call.callSid(),
              queued, ParticipantPseudonymiser.forLog(participant)))
          .<Void>mapEmpty()
          // The caller's message is safe with Twilio either way; a missing courtesy SMS must not end the call badly.
          .recover(failure -> {
            LOG.warn("event=voice.confirmation_failed call={} reason=\"{}\"", call.callSid(), failure.getMessage());
            return Future.succeededFuture();
          });
    }
    confirmation.onComplete(done -> VoiceRoutes.answer(ctx, twiml.goodbye(call.to(), state.language())));
  }
}
