package org.sikiza.gateway.programmes;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** An episode as an admin describes it: a question of the week and a window of at most 31 days. */
public record EpisodeForm(String question, OffsetDateTime startsAt, OffsetDateTime endsAt) {

  static final Duration LONGEST = Duration.ofDays(31);

  public static EpisodeForm parse(JsonObject json, ZoneId zone) {
    JsonFields fields = new JsonFields(json);
    String question = fields.requiredText("question", 500);
    OffsetDateTime startsAt = fields.requiredTime("starts_at", zone);
    OffsetDateTime endsAt = fields.requiredTime("ends_at", zone);
    if (startsAt != null && endsAt != null) {
      if (!endsAt.isAfter(startsAt)) {
        fields.error("ends_at must be after starts_at");
      } else if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
        fields.error("an episode lasts at most 31 days");
      }
    }
    fields.throwIfInvalid("invalid episode");
    return new EpisodeForm(question, startsAt, endsAt);
  }
}
