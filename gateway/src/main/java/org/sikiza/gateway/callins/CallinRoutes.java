package org.sikiza.gateway.callins;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.auth.RequireRole;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.ingest.InboundBatcher;
import org.sikiza.gateway.programmes.DeclaredIngest;
import org.sikiza.gateway.programmes.ProgrammeStore;

/**
 * Mounts the host console: {@code POST /api/callins} and {@code /api/callins/import} for hosts and admins (after
 * the {@code /api/*} bearer-token handler), and the console page itself under {@code /host/}, served from the jar
 * with a content security policy that allows nothing from elsewhere. Called once per HTTP verticle.
 */
public final class CallinRoutes {

  /** Everything the page needs comes from the gateway; recordings in the transcription queue play from Twilio. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; media-src 'self' https://api.twilio.com; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private CallinRoutes() {
  }

  public static void mount(Router router, GatewayServices services, Vertx vertx) {
    SikizaConfig config = services.config();
    InboundBatcher batcher = new InboundBatcher(vertx, services.messages(), services.spool(),
        config.ingest().maxBatch(), config.ingest().maxConcurrentBatches());
    CallinApi api = new CallinApi(
        new CallinForm(config.radio().counties(), config.radio().attributes(), config.timeZone()),
        new CallinIngest(services.pool(), new ProgrammeStore(services.pool()), new DeclaredIngest(services.pool(), batcher)),
        services.metrics());
    RequireRole hosts = RequireRole.anyOf(Role.HOST, Role.ADMIN);
    router.get("/api/callins/fields").handler(hosts).handler(api::fields);
    router.post("/api/callins").handler(hosts).handler(api::create);
    router.post("/api/callins/import").handler(hosts).handler(api::importCsv);

    // Vert.x matches "/host" and "/host/" alike; only the bare path is sent on to the page.
    router.getWithRegex("/host").handler(ctx -> ctx.redirect("/host/"));
    router.get("/host/*").handler(ctx -> {
      ctx.response().putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
          .putHeader("X-Content-Type-Options", "nosniff")
          .putHeader("Referrer-Policy", "no-referrer");
      ctx.next();
    }).handler(StaticHandler.create("webroot/host").setCachingEnabled(false).setIndexPage("index.html"));
  }
}
