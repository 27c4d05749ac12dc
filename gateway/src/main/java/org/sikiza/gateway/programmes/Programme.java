package org.sikiza.gateway.programmes;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A radio programme: the station that airs it, the counties it serves and the phone numbers listeners use.
 *
 * @param counties county keys, as reports name them
 * @param numbers  E.164 numbers or short codes; a message on one of them during an episode answers that episode
 */
public record Programme(long id, String slug, String name, String station, List<String> counties, List<String> numbers) {

  public Programme {
    counties = List.copyOf(counties);
    numbers = List.copyOf(numbers);
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("slug", slug).put("name", name).put("station", station)
        .put("counties", new JsonArray(counties)).put("numbers", new JsonArray(numbers));
  }
}
