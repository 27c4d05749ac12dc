package org.sikiza.gateway.polls;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.auth.RequireRole;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.programmes.ApiRequests;

/**
 * Mounts {@code /api/polls}: admins create polls; hosts and admins list them and read their results. Votes come
 * in through {@code POST /twilio/voice} (missed calls and keypad answers), not through this API.
 */
public final class PollRoutes {

  private final PollStore store;
  private final ZoneId zone;

  private PollRoutes(PollStore store, ZoneId zone) {
    this.store = store;
    this.zone = zone;
  }

  public static void mount(Router router, GatewayServices services, Vertx vertx) {
    PollRoutes api = new PollRoutes(new PollStore(services.pool()), services.config().timeZone());
    router.get("/api/polls").handler(RequireRole.anyOf(Role.ADMIN, Role.HOST)).handler(api::list);
    router.post("/api/polls").handler(RequireRole.anyOf(Role.ADMIN)).handler(api::create);
    router.get("/api/polls/:id").handler(RequireRole.anyOf(Role.ADMIN, Role.HOST)).handler(api::get);
  }

  private void list(RoutingContext ctx) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    store.list().onSuccess(polls -> ApiRequests.respond(ctx, 200, new JsonObject()
            .put("polls", new JsonArray(polls.stream().map(poll -> poll.toJson(now)).toList()))))
        .onFailure(ctx::fail);
  }

  private void create(RoutingContext ctx) {
    PollForm form = PollForm.parse(ApiRequests.objectBody(ctx), zone);
    store.create(form).compose(creation -> {
      if (creation instanceof PollStore.Creation.Created created) {
        return Future.succeededFuture(created.poll());
      }
      if (creation instanceof PollStore.Creation.Refused refused) {
        return Future.failedFuture(new ApiException(ErrorType.BAD_REQUEST,
            "invalid poll: " + String.join("; ", refused.problems()), refused.problems()));
      }
      return Future.failedFuture(ApiRequests.badRequest("slug '" + form.slug() + "' is taken by another poll"));
    }).onSuccess(poll -> {
      ctx.response().putHeader("Location", "/api/polls/" + poll.id());
      ApiRequests.respond(ctx, 201, poll.toJson(OffsetDateTime.now(ZoneOffset.UTC)));
    }).onFailure(ctx::fail);
  }

  /** The poll with its votes per option. */
  private void get(RoutingContext ctx) {
    long id = ApiRequests.pathId(ctx, "id");
    store.byId(id).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(ApiRequests.notFound("no poll " + id));
      }
      return store.results(id).map(results -> {
        JsonObject poll = found.get().toJson(OffsetDateTime.now(ZoneOffset.UTC));
        long total = 0;
        JsonArray options = poll.getJsonArray("options");
        for (int i = 0; i < options.size(); i++) {
          JsonObject counted = results.getJsonObject(i);
          options.getJsonObject(i).put("votes", counted.getLong("votes"))
              .put("missed_calls", counted.getLong("missed_calls"));
          total += counted.getLong("votes");
        }
        return poll.put("votes", total);
      });
    }).onSuccess(poll -> ApiRequests.respond(ctx, 200, poll)).onFailure(ctx::fail);
  }
}
