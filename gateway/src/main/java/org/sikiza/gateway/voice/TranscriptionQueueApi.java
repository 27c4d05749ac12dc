package org.sikiza.gateway.voice;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import org.sikiza.gateway.auth.Principal;
import org.sikiza.gateway.ingest.IngestOutcome.Status;
import org.sikiza.gateway.ops.GatewayMetrics;
import org.sikiza.gateway.programmes.ApiRequests;
import org.sikiza.gateway.programmes.JsonFields;

/**
 * The transcription queue: {@code GET /api/transcriptions} lists recordings nobody has a transcript for yet
 * (Twilio cannot transcribe their language, failed, or has been silent too long); {@code POST
 * /api/transcriptions/{recordingSid}} stores a person's typed transcript as the recording's message, which is
 * then classified like any other. Typing twice stores one message: the first transcript stands.
 */
final class TranscriptionQueueApi {

  static final int MAX_TRANSCRIPT = 10_000;
  private static final int DEFAULT_LIMIT = 50;
  private static final int MAX_LIMIT = 200;

  private final VoiceSettings settings;
  private final RecordingStore store;
  private final VoiceMessages messages;
  private final GatewayMetrics metrics;

  TranscriptionQueueApi(VoiceSettings settings, RecordingStore store, VoiceMessages messages, GatewayMetrics metrics) {
    this.settings = settings;
    this.store = store;
    this.messages = messages;
    this.metrics = metrics;
  }

  void list(RoutingContext ctx) {
    String limitParam = ctx.queryParams().get("limit");
    int limit = DEFAULT_LIMIT;
    if (limitParam != null) {
      if (!limitParam.matches("\\d{1,4}") || Integer.parseInt(limitParam) < 1 || Integer.parseInt(limitParam) > MAX_LIMIT) {
        throw ApiRequests.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
      }
      limit = Integer.parseInt(limitParam);
    }
    store.waiting(settings.transcriptionWait(), limit)
        .onSuccess(recordings -> ApiRequests.respond(ctx, 200, new JsonObject()
            .put("recordings", new JsonArray(recordings.stream().map(VoiceRecording::toJson).toList()))))
        .onFailure(ctx::fail);
  }

  void submit(RoutingContext ctx) {
    String recordingSid = ctx.pathParam("recordingSid");
    if (recordingSid == null || !recordingSid.matches(CallParams.SID)) {
      throw ApiRequests.notFound("no recording " + recordingSid);
    }
    JsonFields fields = new JsonFields(ApiRequests.objectBody(ctx));
    String text = fields.requiredText("text", MAX_TRANSCRIPT);
    fields.throwIfInvalid("invalid transcript");
    String typist = Principal.of(ctx).map(Principal::name).orElse("unknown");
    store.bySid(recordingSid).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(ApiRequests.notFound("no recording " + recordingSid));
      }
      if (found.get().transcription().equals("absent")) {
        return Future.failedFuture(ApiRequests.badRequest("recording " + recordingSid + " has no audio to transcribe"));
      }
      return store.messageId(recordingSid).compose(existing -> {
        if (existing.isPresent()) {
          return Future.succeededFuture(answer(200, recordingSid, existing.get(), "already_transcribed"));
        }
        return messages.store(found.get(), text, typist).compose(outcome -> {
          metrics.messageReceived(VoiceMessages.CHANNEL, outcome.status());
          if (outcome.status() == Status.SPOOLED) {
            return Future.succeededFuture(answer(202, recordingSid, null, "spooled"));
          }
          return store.transcribed(found.get(), "typed", null, typist)
              .compose(done -> store.messageId(recordingSid))
              .map(id -> answer(outcome.status() == Status.STORED ? 201 : 200, recordingSid, id.orElse(null),
                  outcome.status() == Status.STORED ? "stored" : "already_transcribed"));
        });
      });
    }).onSuccess(answer -> ApiRequests.respond(ctx, answer.getInteger("status"), answer.getJsonObject("body")))
        .onFailure(ctx::fail);
  }

  private static JsonObject answer(int status, String recordingSid, Long messageId, String outcome) {
    return new JsonObject().put("status", status).put("body", new JsonObject().put("id", messageId)
        .put("recording_sid", recordingSid).put("status", outcome.toLowerCase(Locale.ROOT)));
  }
}
