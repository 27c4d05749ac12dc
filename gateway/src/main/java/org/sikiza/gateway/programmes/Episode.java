package org.sikiza.gateway.programmes;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;

/** One airing of a programme, with its question of the week; messages received in its window answer it. */
public record Episode(long id, long programmeId, String question, OffsetDateTime startsAt, OffsetDateTime endsAt) {

  public boolean onAirAt(OffsetDateTime time) {
    return !time.isBefore(startsAt) && time.isBefore(endsAt);
  }

  public JsonObject toJson(OffsetDateTime now) {
    return new JsonObject().put("id", id).put("programme_id", programmeId).put("question", question)
        .put("starts_at", startsAt.toString()).put("ends_at", endsAt.toString()).put("on_air", onAirAt(now));
  }
}
