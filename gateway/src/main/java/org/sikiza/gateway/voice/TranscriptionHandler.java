package org.sikiza.gateway.voice;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.ops.GatewayMetrics;
import org.sikiza.gateway.programmes.ApiRequests;
import org.sikiza.gateway.programmes.CountyInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /twilio/voice/transcription}: Twilio's transcription callback. A transcript becomes a message
 * (channel {@code voice}, keyed by the RecordingSid, so a repeated callback stores nothing twice) through the
 * same ingest path as SMS, and is classified like one; the answer is sent once it is durable. A failed or empty
 * transcription leaves the recording in the transcription queue for a person to type.
 */
final class TranscriptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(TranscriptionHandler.class);
  /** What Twilio writes for a recording it heard nothing in. */
  private static final String BLANK = "(blank)";

  private final VoiceSettings settings;
  private final CountyInput counties;
  private final RecordingStore store;
  private final VoiceMessages messages;
  private final GatewayMetrics metrics;

  TranscriptionHandler(VoiceSettings settings, CountyInput counties, RecordingStore store, VoiceMessages messages,
      GatewayMetrics metrics) {
    this.settings = settings;
    this.counties = counties;
    this.store = store;
    this.messages = messages;
    this.metrics = metrics;
  }

  void handle(RoutingContext ctx) {
    RecordingContext context = RecordingContext.parse(ctx.queryParams(), settings);
    MultiMap form = ctx.request().formAttributes();
    List<String> errors = new ArrayList<>();
    String transcriptionSid = CallbackFields.sid(form, "TranscriptionSid", errors);
    String recordingSid = CallbackFields.sid(form, "RecordingSid", errors);
    String callSid = CallbackFields.sid(form, "CallSid", errors);
    String status = form.get("TranscriptionStatus");
    if (status == null || !(status.equals("completed") || status.equals("failed"))) {
      errors.add("TranscriptionStatus must be completed or failed");
    }
    String url = CallbackFields.url(form, "RecordingUrl", false, errors);
    String text = form.get("TranscriptionText");
    if (text != null && text.indexOf('\0') >= 0) {
      errors.add("TranscriptionText must not contain NUL characters");
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "invalid transcription callback: " + String.join("; ", errors), errors);
    }
    VoiceRecording recording = new VoiceRecording(recordingSid, callSid, context.line(), context.participantId(),
        context.language(), counties.byCode(context.county()).orElse(null), context.calledAt().atOffset(ZoneOffset.UTC),
        url, null, "requested");
    boolean heard = status.equals("completed") && text != null && !text.isBlank() && !text.strip().equals(BLANK);
    Future<String> outcome;
    if (heard) {
      outcome = messages.store(recording, text.strip(), null)
          .compose(stored -> store.transcribed(recording, "completed", transcriptionSid, "twilio")
              .map(done -> {
                metrics.messageReceived("voice", stored.status());
                return stored.status().name().toLowerCase(Locale.ROOT);
              }));
    } else {
      outcome = store.transcribed(recording, "failed", transcriptionSid, "twilio").map(done -> "awaiting_transcription");
    }
    outcome.onSuccess(result -> {
      LOG.info("event=voice.transcription recording={} transcription={} status={} outcome={}", recordingSid,
          transcriptionSid, status, result);
      ApiRequests.respond(ctx, 200, new JsonObject().put("message", result));
    }).onFailure(ctx::fail);
  }
}
