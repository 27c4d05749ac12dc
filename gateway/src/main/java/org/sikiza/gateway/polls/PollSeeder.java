package org.sikiza.gateway.polls;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.sikiza.gateway.GatewayServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the polls listed under each programme of {@code config/programmes/programmes.json}, by slug: a poll that
 * exists is left as it is. Runs after the programmes are seeded.
 */
public final class PollSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(PollSeeder.class);

  private PollSeeder() {
  }

  public static Future<Void> seed(GatewayServices services) {
    PollStore store = new PollStore(services.pool());
    Future<Void> chain = Future.succeededFuture();
    for (JsonNode programme : services.config().radio().programmeSeeds().path("programmes")) {
      for (JsonNode poll : programme.path("polls")) {
        JsonObject json = new JsonObject(poll.toString());
        json.put("programme", programme.path("slug").asText());
        chain = chain.compose(done -> seedPoll(store, services, json));
      }
    }
    return chain;
  }

  private static Future<Void> seedPoll(PollStore store, GatewayServices services, JsonObject json) {
    PollForm form;
    try {
      form = PollForm.parse(json, services.config().timeZone());
    } catch (RuntimeException invalid) {
      return Future.failedFuture(new IllegalStateException(
          "config/programmes/programmes.json: poll " + json.getValue("slug") + ": " + invalid.getMessage(), invalid));
    }
    return store.create(form).compose(creation -> {
      if (creation instanceof PollStore.Creation.Created created) {
        LOG.info("event=poll.seeded slug={} id={}", form.slug(), created.poll().id());
      } else if (creation instanceof PollStore.Creation.Refused refused) {
        return Future.failedFuture(new IllegalStateException("config/programmes/programmes.json: poll " + form.slug()
            + ": " + String.join("; ", refused.problems())));
      }
      return Future.succeededFuture();
    });
  }
}
