package org.sikiza.gateway.voice;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recordings and their transcription state in PostgreSQL, keyed by RecordingSid: every callback is an upsert that
 * only moves the state forward, so repeated and out-of-order callbacks store nothing twice.
 */
public final class RecordingStore {

  private static final String COLUMNS = """
      recording_sid, call_sid, line, participant_id, language, county, called_at, recording_url, duration_seconds,
      transcription""";

  /** From the recording callback: a new recording, or what the transcription callback did not know yet. */
  static final String RECORDED = "INSERT INTO voice_recordings (" + COLUMNS + """
      ) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
      ON CONFLICT (recording_sid) DO UPDATE SET
        recording_url = coalesce(voice_recordings.recording_url, excluded.recording_url),
        duration_seconds = coalesce(voice_recordings.duration_seconds, excluded.duration_seconds),
        updated_at = now()
      RETURNING (xmax = 0) AS inserted""";

  /** From the transcription callback, or a person's typed transcript: completed and typed are final. */
  static final String TRANSCRIBED = "INSERT INTO voice_recordings (" + COLUMNS + """
      , transcription_sid, transcribed_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, $9, $10, $11)
      ON CONFLICT (recording_sid) DO UPDATE SET
        transcription = CASE WHEN voice_recordings.transcription IN ('completed', 'typed')
                             THEN voice_recordings.transcription ELSE excluded.transcription END,
        transcribed_by = CASE WHEN voice_recordings.transcription IN ('completed', 'typed')
                              THEN voice_recordings.transcribed_by ELSE excluded.transcribed_by END,
        transcription_sid = coalesce(voice_recordings.transcription_sid, excluded.transcription_sid),
        recording_url = coalesce(voice_recordings.recording_url, excluded.recording_url),
        updated_at = now()
      RETURNING (xmax = 0) AS inserted""";

  static final String BY_SID = "SELECT " + COLUMNS + " FROM voice_recordings WHERE recording_sid = $1";

  /**
   * Waiting for a person: Twilio was not asked, failed, or has been silent for too long; and no message holds a
   * transcript yet (the message, keyed by the recording sid, is the truth).
   */
  static final String WAITING = "SELECT " + COLUMNS + """
       FROM voice_recordings r
      WHERE r.transcription IN ('requested', 'not_requested', 'failed')
        AND (r.transcription <> 'requested' OR r.called_at < now() - make_interval(secs => $1))
        AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.provider_sid = r.recording_sid)
      ORDER BY r.called_at, r.recording_sid
      LIMIT $2""";

  static final String MESSAGE_ID = "SELECT id FROM messages WHERE provider_sid = $1";

  private final Pool pool;

  public RecordingStore(Pool pool) {
    this.pool = pool;
  }

  /** @return true when this callback told us something new */
  public Future<Boolean> recorded(VoiceRecording recording) {
    return pool.preparedQuery(RECORDED).execute(Tuple.from(values(recording)))
        .map(rows -> rows.iterator().next().getBoolean("inserted"));
  }

  /**
   * @param state       {@code completed}, {@code failed} or {@code typed}
   * @param transcriber who transcribed it: {@code twilio} or a user's name
   */
  public Future<Void> transcribed(VoiceRecording recording, String state, String transcriptionSid, String transcriber) {
    return pool.preparedQuery(TRANSCRIBED).execute(Tuple.of(recording.recordingSid(), recording.callSid(),
        recording.line(), recording.participantId(), recording.language(), recording.county(), recording.calledAt(),
        recording.recordingUrl(), state, transcriptionSid, transcriber)).mapEmpty();
  }

  public Future<Optional<VoiceRecording>> bySid(String recordingSid) {
    return pool.preparedQuery(BY_SID).execute(Tuple.of(recordingSid)).map(rows -> recordings(rows).stream().findFirst());
  }

  public Future<List<VoiceRecording>> waiting(Duration twilioGrace, int limit) {
    return pool.preparedQuery(WAITING).execute(Tuple.of(twilioGrace.toSeconds() * 1.0, limit))
        .map(RecordingStore::recordings);
  }

  public Future<Optional<Long>> messageId(String recordingSid) {
    return pool.preparedQuery(MESSAGE_ID).execute(Tuple.of(recordingSid))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong(0)));
  }

  private static List<Object> values(VoiceRecording r) {
    List<Object> values = new ArrayList<>();
    values.add(r.recordingSid());
    values.add(r.callSid());
    values.add(r.line());
    values.add(r.participantId());
    values.add(r.language());
    values.add(r.county());
    values.add(r.calledAt());
    values.add(r.recordingUrl());
    values.add(r.durationSeconds());
    values.add(r.transcription());
    return values;
  }

  static List<VoiceRecording> recordings(RowSet<Row> rows) {
    List<VoiceRecording> recordings = new ArrayList<>();
    for (Row row : rows) {
      recordings.add(new VoiceRecording(row.getString("recording_sid"), row.getString("call_sid"),
          row.getString("line"), row.getString("participant_id"), row.getString("language"), row.getString("county"),
          row.getOffsetDateTime("called_at"), row.getString("recording_url"), row.getInteger("duration_seconds"),
          row.getString("transcription")));
    }
    return recordings;
  }
}
