package org.sikiza.gateway.programmes;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneId;
import org.sikiza.gateway.GatewayServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds programmes and episodes from {@code config/programmes/programmes.json} at start-up, creating only what is
 * missing: a programme absent by slug is created with its numbers; every programme gets the seeded episodes it
 * lacks (by start time). What admins changed through the API stays. Safe when several gateways start at once.
 */
public final class ProgrammeSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(ProgrammeSeeder.class);

  static final String SEED_EPISODE = """
      INSERT INTO episodes (programme_id, question, starts_at, ends_at) VALUES ($1, $2, $3, $4)
      ON CONFLICT (programme_id, starts_at) DO NOTHING RETURNING id""";

  private final Pool pool;
  private final ProgrammeStore store;
  private final CountyInput counties;
  private final ZoneId zone;

  ProgrammeSeeder(Pool pool, CountyInput counties, ZoneId zone) {
    this.pool = pool;
    this.store = new ProgrammeStore(pool);
    this.counties = counties;
    this.zone = zone;
  }

  /** Seeds what the deployment's config lists; completes once everything is committed. */
  public static Future<Void> seed(GatewayServices services) {
    return new ProgrammeSeeder(services.pool(), services.config().radio().counties(), services.config().timeZone())
        .seed(services.config().radio().programmeSeeds());
  }

  Future<Void> seed(JsonNode file) {
    Future<Void> chain = Future.succeededFuture();
    for (JsonNode programme : file.path("programmes")) {
      chain = chain.compose(done -> seedProgramme(new JsonObject(programme.toString())));
    }
    return chain;
  }

  private Future<Void> seedProgramme(JsonObject json) {
    ProgrammeForm form;
    try {
      form = ProgrammeForm.parse(json, counties);
    } catch (RuntimeException invalid) {
      return Future.failedFuture(new IllegalStateException(
          "config/programmes/programmes.json: " + invalid.getMessage(), invalid));
    }
    return store.create(form)
        .compose(created -> {
          created.ifPresent(programme -> LOG.info("event=programme.seeded slug={} id={}", programme.slug(), programme.id()));
          return store.byReference(form.slug());
        })
        .compose(programme -> {
          Future<Void> chain = Future.succeededFuture();
          int index = 0;
          for (Object episode : json.getJsonArray("episodes", new io.vertx.core.json.JsonArray())) {
            int position = index++;
            chain = chain.compose(done -> seedEpisode(programme.orElseThrow().id(), form.slug(), position, episode));
          }
          return chain;
        });
  }

  private Future<Void> seedEpisode(long programmeId, String slug, int position, Object json) {
    EpisodeForm episode;
    try {
      if (!(json instanceof JsonObject object)) {
        throw new IllegalArgumentException("an episode must be an object with question, starts_at and ends_at");
      }
      episode = EpisodeForm.parse(object, zone);
    } catch (RuntimeException invalid) {
      return Future.failedFuture(new IllegalStateException("config/programmes/programmes.json: programme " + slug
          + " episode " + (position + 1) + ": " + invalid.getMessage(), invalid));
    }
    return pool.preparedQuery(SEED_EPISODE)
        .execute(Tuple.of(programmeId, episode.question(), episode.startsAt(), episode.endsAt()))
        .onSuccess(rows -> {
          if (rows.size() > 0) {
            LOG.info("event=episode.seeded programme={} id={}", slug, rows.iterator().next().getLong(0));
          }
        })
        .mapEmpty();
  }
}
