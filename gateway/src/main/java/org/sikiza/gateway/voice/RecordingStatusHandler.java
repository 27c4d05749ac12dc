package org.sikiza.gateway.voice;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.programmes.ApiRequests;
import org.sikiza.gateway.programmes.CountyInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /twilio/voice/recording}: Twilio's recording status callback. Stores the recording (idempotent on
 * RecordingSid; a repeat answers 200 too). A recording in a language Twilio does not transcribe joins the
 * transcription queue at once; one with no audio is noted and never queued.
 */
final class RecordingStatusHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RecordingStatusHandler.class);
  static final Set<String> STATUSES = Set.of("completed", "absent", "failed", "in-progress");

  private final VoiceSettings settings;
  private final CountyInput counties;
  private final RecordingStore store;

  RecordingStatusHandler(VoiceSettings settings, CountyInput counties, RecordingStore store) {
    this.settings = settings;
    this.counties = counties;
    this.store = store;
  }

  void handle(RoutingContext ctx) {
    RecordingContext context = RecordingContext.parse(ctx.queryParams(), settings);
    MultiMap form = ctx.request().formAttributes();
    List<String> errors = new ArrayList<>();
    String recordingSid = CallbackFields.sid(form, "RecordingSid", errors);
    String callSid = CallbackFields.sid(form, "CallSid", errors);
    String status = form.get("RecordingStatus");
    if (status == null || !STATUSES.contains(status)) {
      errors.add("RecordingStatus must be one of " + STATUSES);
    }
    String url = CallbackFields.url(form, "RecordingUrl", "completed".equals(status), errors);
    Integer duration = CallbackFields.seconds(form, "RecordingDuration", errors);
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorType.BAD_REQUEST, "invalid recording callback: " + String.join("; ", errors), errors);
    }
    if (status.equals("in-progress")) {
      ApiRequests.respond(ctx, 200, new JsonObject().put("recorded", false));
      return;
    }
    String transcription = !status.equals("completed") ? "absent"
        : settings.twilioTranscribes(context.language()) ? "requested" : "not_requested";
    VoiceRecording recording = new VoiceRecording(recordingSid, callSid, context.line(), context.participantId(),
        context.language(), counties.byCode(context.county()).orElse(null),
        context.calledAt().atOffset(java.time.ZoneOffset.UTC), url, duration, transcription);
    store.recorded(recording).onSuccess(isNew -> {
      if (isNew) {
        LOG.info("event=voice.recorded recording={} call={} status={} transcription={} seconds={}", recordingSid,
            callSid, status, transcription, duration);
      }
      ApiRequests.respond(ctx, 200, new JsonObject().put("recorded", isNew));
    }).onFailure(ctx::fail);
  }
}
