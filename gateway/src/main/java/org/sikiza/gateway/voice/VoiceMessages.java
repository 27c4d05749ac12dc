package org.sikiza.gateway.voice;

import io.vertx.core.Future;
import java.util.List;
import org.sikiza.gateway.ingest.IngestOutcome;
import org.sikiza.gateway.programmes.DeclaredIngest;
import org.sikiza.gateway.programmes.MessageContext;
import org.sikiza.gateway.sms.InboundSms;
import org.sikiza.gateway.sms.MediaItem;
import org.sikiza.gateway.sms.MessageKind;

/**
 * Turns a transcribed recording into a message: channel {@code voice}, keyed by the RecordingSid, received when
 * the caller called (so it answers the episode that was on air), the caller's keypad county declared, the
 * recording kept as its media. Always feedback: a caller saying "stop" is not an SMS keyword.
 */
final class VoiceMessages {

  static final String CHANNEL = "voice";
  static final String AUDIO_TYPE = "audio/x-wav";

  private final DeclaredIngest ingest;

  VoiceMessages(DeclaredIngest ingest) {
    this.ingest = ingest;
  }

  /** @param typedBy the user who typed the transcript, or null for Twilio's */
  Future<IngestOutcome> store(VoiceRecording recording, String transcript, String typedBy) {
    InboundSms message = new InboundSms(recording.recordingSid(), CHANNEL, MessageKind.FEEDBACK, recording.line(),
        recording.participantId(), transcript, null,
        recording.recordingUrl() == null ? List.of() : List.of(new MediaItem(recording.recordingUrl(), AUDIO_TYPE)),
        recording.calledAt().toInstant());
    MessageContext context = new MessageContext(recording.recordingSid(), recording.county(),
        recording.county() == null ? null : MessageContext.BY_CALLER, null, null, null, recording.language(), null,
        null, typedBy);
    return ingest.submit(message, context);
  }
}
