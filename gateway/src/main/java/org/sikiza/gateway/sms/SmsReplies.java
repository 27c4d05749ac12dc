package org.sikiza.gateway.sms;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.messaging.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sikiza.gateway.config.PhoneLine;
import org.sikiza.gateway.config.ReplyTemplates;
import org.sikiza.gateway.config.ReplyTemplates.Kind;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.ingest.IngestOutcome;
import org.sikiza.gateway.ingest.IngestOutcome.Status;

/**
 * Decides the automatic reply to an inbound message and renders it as TwiML with the SDK's
 * {@link MessagingResponse}. The documents are built once at start-up: there are only a few.
 * An opted-out participant gets nothing, a repeated webhook gets nothing (the first copy was answered),
 * and a spooled message gets nothing (its sender's consent cannot be checked yet).
 */
public final class SmsReplies {

  private final SikizaConfig config;
  private final String emptyResponse;
  private final Map<String, String> documents = new HashMap<>();

  public SmsReplies(SikizaConfig config) {
    this.config = config;
    this.emptyResponse = toXml(new MessagingResponse.Builder().build());
    ReplyTemplates templates = config.replies().templates();
    String statusCallback = config.publicUrl() + "/twilio/sms/status";
    for (String language : templates.byLanguage().keySet()) {
      for (Kind kind : Kind.values()) {
        Message message = new Message.Builder(templates.text(kind, language)).statusCallback(statusCallback).build();
        documents.put(key(kind, language), toXml(new MessagingResponse.Builder().message(message).build()));
      }
    }
  }

  public String emptyResponse() {
    return emptyResponse;
  }

  /** The TwiML document to answer the webhook with. */
  public String responseFor(InboundSms message, Optional<ControlKeyword> keyword, IngestOutcome outcome) {
    return replyKind(message, outcome)
        .map(kind -> documents.getOrDefault(key(kind, language(message, keyword)),
            documents.get(key(kind, ReplyTemplates.FALLBACK_LANGUAGE))))
        .orElse(emptyResponse);
  }

  private Optional<Kind> replyKind(InboundSms message, IngestOutcome outcome) {
    if (outcome.status() != Status.STORED) {
      return Optional.empty();
    }
    return switch (message.kind()) {
      case OPT_OUT -> outcome.consentChanged() ? Optional.of(Kind.OPTED_OUT) : Optional.empty();
      case OPT_IN -> outcome.consentChanged() ? Optional.of(Kind.OPTED_IN) : Optional.empty();
      case FEEDBACK -> config.replies().acknowledge() && !outcome.participantOptedOut()
          ? Optional.of(Kind.ACKNOWLEDGE) : Optional.empty();
    };
  }

  /** A keyword is answered in its own language (STOP in English, ACHA in Swahili); feedback in the line's. */
  private String language(InboundSms message, Optional<ControlKeyword> keyword) {
    return keyword.map(ControlKeyword::language)
        .orElseGet(() -> config.line(message.line()).map(PhoneLine::language)
            .orElse(config.replies().defaultLanguage()));
  }

  private static String key(Kind kind, String language) {
    return kind.name() + "/" + language;
  }

  private static String toXml(MessagingResponse response) {
    try {
      return response.toXml();
    } catch (TwiMLException e) {
      throw new IllegalStateException("cannot render TwiML", e);
    }
  }
}
