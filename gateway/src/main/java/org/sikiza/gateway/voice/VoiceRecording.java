package org.sikiza.gateway.voice;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/** A caller's recording as stored, with how far its transcription has come. No phone number: a pseudonym. */
public record VoiceRecording(String recordingSid, String callSid, String line, String participantId, String language,
    String county, OffsetDateTime calledAt, String recordingUrl, Integer durationSeconds, String transcription) {

  /** What the transcription queue shows: enough to listen and type; the caller stays a pseudonym prefix. */
  public JsonObject toJson() {
    return new JsonObject().put("recording_sid", recordingSid).put("recording_url", recordingUrl)
        .put("duration_seconds", durationSeconds).put("language", language).put("county", county).put("line", line)
        .put("called_at", calledAt.toString()).put("transcription", transcription);
  }
}
