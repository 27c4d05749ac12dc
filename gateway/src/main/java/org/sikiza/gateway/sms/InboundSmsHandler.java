package org.sikiza.gateway.sms;

import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.Optional;
import org.sikiza.gateway.ingest.InboundBatcher;
import org.sikiza.gateway.ops.GatewayMetrics;
import org.sikiza.gateway.privacy.ParticipantPseudonymiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /twilio/sms}: Twilio's inbound-message webhook (already signature-checked). Pseudonymises the
 * sender, hands the message to the batcher, and answers 200 with TwiML only once the message is durable.
 */
public final class InboundSmsHandler {

  private static final Logger LOG = LoggerFactory.getLogger(InboundSmsHandler.class);

  private final ParticipantPseudonymiser pseudonymiser;
  private final InboundBatcher batcher;
  private final SmsReplies replies;
  private final GatewayMetrics metrics;

  public InboundSmsHandler(ParticipantPseudonymiser pseudonymiser, InboundBatcher batcher, SmsReplies replies,
      GatewayMetrics metrics) {
    this.pseudonymiser = pseudonymiser;
    this.batcher = batcher;
    this.replies = replies;
    this.metrics = metrics;
  }

  public void handle(RoutingContext ctx) {
    InboundSmsForm form = InboundSmsForm.parse(ctx.request().formAttributes());
    Optional<ControlKeyword> keyword = ControlKeyword.of(form.body());
    InboundSms message = new InboundSms(
        form.messageSid(),
        InboundSms.CHANNEL_SMS,
        keyword.map(ControlKeyword::kind).orElse(MessageKind.FEEDBACK),
        form.to(),
        pseudonymiser.pseudonymFor(form.from()),
        form.body(),
        form.segments(),
        form.media(),
        Instant.now());
    batcher.submit(message).onComplete(done -> {
      if (done.failed()) {
        ctx.fail(done.cause());
        return;
      }
      metrics.messageReceived(message.channel(), done.result().status());
      LOG.debug("event=sms.received sid={} participant={} kind={} outcome={}", message.providerSid(),
          ParticipantPseudonymiser.forLog(message.participantId()), message.kind().dbValue(), done.result().status());
      ctx.response()
          .putHeader("Content-Type", "application/xml")
          .end(replies.responseFor(message, keyword, done.result()));
    });
  }
}
