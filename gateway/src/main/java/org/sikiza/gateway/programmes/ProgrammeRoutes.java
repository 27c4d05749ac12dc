package org.sikiza.gateway.programmes;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.sikiza.classifier.theme.ThemeTaxonomy;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.auth.RequireRole;
import org.sikiza.gateway.auth.Role;

/**
 * Mounts {@code /api/programmes}: admins manage programmes and episodes; hosts (and admins) read them and the
 * live counts of the current episode. Mount after the {@code /api/*} body and bearer-token handlers.
 */
public final class ProgrammeRoutes {

  private ProgrammeRoutes() {
  }

  public static void mount(Router router, GatewayServices services, Vertx vertx) {
    ProgrammeApi api = new ProgrammeApi(new ProgrammeStore(services.pool()), services.config().radio().counties(),
        services.config().timeZone(), new EpisodeCounts(services.pool(), ThemeTaxonomy.fromClasspath()));
    RequireRole readers = RequireRole.anyOf(Role.ADMIN, Role.HOST);
    RequireRole admins = RequireRole.anyOf(Role.ADMIN);
    router.get("/api/programmes").handler(readers).handler(api::list);
    router.post("/api/programmes").handler(admins).handler(api::create);
    router.get("/api/programmes/:id").handler(readers).handler(api::get);
    router.put("/api/programmes/:id").handler(admins).handler(api::update);
    router.get("/api/programmes/:id/live").handler(readers).handler(api::live);
    router.get("/api/programmes/:id/episodes").handler(readers).handler(api::episodes);
    router.post("/api/programmes/:id/episodes").handler(admins).handler(api::createEpisode);
    router.put("/api/programmes/:id/episodes/:episodeId").handler(admins).handler(api::updateEpisode);
    router.delete("/api/programmes/:id/episodes/:episodeId").handler(admins).handler(api::deleteEpisode);
  }
}
