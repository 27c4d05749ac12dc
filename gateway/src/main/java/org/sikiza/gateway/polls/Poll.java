package org.sikiza.gateway.polls;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;

/** A short poll, open for a while: answered on the keypad during a call, or by a missed call to an option's number. */
public record Poll(long id, String slug, String question, Long programmeId, Long episodeId, OffsetDateTime opensAt,
    OffsetDateTime closesAt, List<PollOption> options) {

  public Poll {
    options = List.copyOf(options);
  }

  public boolean openAt(OffsetDateTime time) {
    return !time.isBefore(opensAt) && time.isBefore(closesAt);
  }

  public JsonObject toJson(OffsetDateTime now) {
    return new JsonObject().put("id", id).put("slug", slug).put("question", question)
        .put("programme_id", programmeId).put("episode_id", episodeId)
        .put("opens_at", opensAt.toString()).put("closes_at", closesAt.toString()).put("open", openAt(now))
        .put("options", new JsonArray(options.stream().map(PollOption::toJson).toList()));
  }
}
