package org.sikiza.gateway.programmes;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.sikiza.gateway.http.ApiException;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.programmes.ProgrammeStore.EpisodeWrite;

/** The handlers of {@code /api/programmes}: programmes, their episodes, and live counts for the host console. */
final class ProgrammeApi {

  private static final int EPISODES_LISTED = 200;

  private final ProgrammeStore store;
  private final CountyInput counties;
  private final ZoneId zone;
  private final EpisodeCounts counts;

  ProgrammeApi(ProgrammeStore store, CountyInput counties, ZoneId zone, EpisodeCounts counts) {
    this.store = store;
    this.counties = counties;
    this.zone = zone;
    this.counts = counts;
  }

  void list(RoutingContext ctx) {
    store.list().onSuccess(programmes -> ApiRequests.respond(ctx, 200, new JsonObject()
            .put("programmes", new JsonArray(programmes.stream().map(Programme::toJson).toList()))))
        .onFailure(ctx::fail);
  }

  void create(RoutingContext ctx) {
    ProgrammeForm form = ProgrammeForm.parse(ApiRequests.objectBody(ctx), counties);
    store.create(form).onSuccess(created -> {
      if (created.isEmpty()) {
        ctx.fail(ApiRequests.badRequest("slug '" + form.slug() + "' is taken by another programme"));
        return;
      }
      ctx.response().putHeader("Location", "/api/programmes/" + created.get().id());
      ApiRequests.respond(ctx, 201, created.get().toJson());
    }).onFailure(ctx::fail);
  }

  void get(RoutingContext ctx) {
    long id = ApiRequests.pathId(ctx, "id");
    programme(id).compose(programme -> store.episodes(id, EPISODES_LISTED).map(episodes -> programme.toJson()
            .put("episodes", new JsonArray(episodes.stream().map(e -> e.toJson(now())).toList()))))
        .onSuccess(json -> ApiRequests.respond(ctx, 200, json))
        .onFailure(ctx::fail);
  }

  void update(RoutingContext ctx) {
    long id = ApiRequests.pathId(ctx, "id");
    ProgrammeForm form = ProgrammeForm.parse(ApiRequests.objectBody(ctx), counties);
    store.update(id, form).compose(outcome -> switch (outcome) {
      case UPDATED -> programme(id);
      case NOT_FOUND -> Future.failedFuture(ApiRequests.notFound("no programme " + id));
      case SLUG_TAKEN -> Future.failedFuture(ApiRequests.badRequest("slug '" + form.slug() + "' is taken by another programme"));
    }).onSuccess(programme -> ApiRequests.respond(ctx, 200, programme.toJson())).onFailure(ctx::fail);
  }

  void episodes(RoutingContext ctx) {
    long id = ApiRequests.pathId(ctx, "id");
    programme(id).compose(programme -> store.episodes(id, EPISODES_LISTED))
        .onSuccess(episodes -> ApiRequests.respond(ctx, 200, new JsonObject()
            .put("episodes", new JsonArray(episodes.stream().map(e -> e.toJson(now())).toList()))))
        .onFailure(ctx::fail);
  }

  void createEpisode(RoutingContext ctx) {
    long id = ApiRequests.pathId(ctx, "id");
    EpisodeForm form = EpisodeForm.parse(ApiRequests.objectBody(ctx), zone);
    store.createEpisode(id, form).compose(this::written).onSuccess(episode -> {
      ctx.response().putHeader("Location", "/api/programmes/" + id + "/episodes/" + episode.id());
      ApiRequests.respond(ctx, 201, episode.toJson(now()));
    }).onFailure(ctx::fail);
  }

  void updateEpisode(RoutingContext ctx) {
    long id = ApiRequests.pathId(ctx, "id");
    long episodeId = ApiRequests.pathId(ctx, "episodeId");
    EpisodeForm form = EpisodeForm.parse(ApiRequests.objectBody(ctx), zone);
    store.updateEpisode(id, episodeId, form).compose(this::written)
        .onSuccess(episode -> ApiRequests.respond(ctx, 200, episode.toJson(now())))
        .onFailure(ctx::fail);
  }

  void deleteEpisode(RoutingContext ctx) {
    long id = ApiRequests.pathId(ctx, "id");
    long episodeId = ApiRequests.pathId(ctx, "episodeId");
    store.deleteEpisode(id, episodeId).onSuccess(deleted -> {
      if (deleted) {
        ctx.response().setStatusCode(204).end();
      } else {
        ctx.fail(ApiRequests.notFound("programme " + id + " has no episode " + episodeId));
      }
    }).onFailure(ctx::fail);
  }

  /** The current (or latest) episode of a programme and its counts, polled by the host console. */
  void live(RoutingContext ctx) {
    long id = ApiRequests.pathId(ctx, "id");
    OffsetDateTime now = now();
    programme(id).compose(programme -> store.currentOrLatest(id, now).compose(episode -> {
      JsonObject answer = new JsonObject().put("programme", programme.toJson()).put("at", now.toString());
      if (episode.isEmpty()) {
        return Future.succeededFuture(answer.putNull("episode"));
      }
      return counts.countsFor(episode.get())
          .map(episodeCounts -> answer.put("episode", episode.get().toJson(now)).mergeIn(episodeCounts));
    })).onSuccess(json -> {
      ctx.response().putHeader("Cache-Control", "no-store");
      ApiRequests.respond(ctx, 200, json);
    }).onFailure(ctx::fail);
  }

  private Future<Programme> programme(long id) {
    return store.byId(id).compose(found -> found.map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(ApiRequests.notFound("no programme " + id))));
  }

  private Future<Episode> written(EpisodeWrite write) {
    if (write instanceof EpisodeWrite.Written written) {
      return Future.succeededFuture(written.episode());
    }
    if (write instanceof EpisodeWrite.Overlaps overlaps) {
      return Future.failedFuture(new ApiException(ErrorType.BAD_REQUEST,
          "the episode overlaps episode " + overlaps.otherEpisodeId() + " of the same programme",
          java.util.List.of("starts_at/ends_at overlap episode " + overlaps.otherEpisodeId())));
    }
    return Future.failedFuture(ApiRequests.notFound("no such programme or episode"));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
