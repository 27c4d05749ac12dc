package org.sikiza.gateway.ops;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;
import org.sikiza.gateway.ingest.InboundSpool;

/** {@code GET /health}: 200 when PostgreSQL answers, 503 when it does not (the gateway still spools). */
public final class HealthHandler {

  private final Pool pool;
  private final InboundSpool spool;

  public HealthHandler(Pool pool, InboundSpool spool) {
    this.pool = pool;
    this.spool = spool;
  }

  public void handle(RoutingContext ctx) {
    pool.query("SELECT 1").execute()
        .timeout(2, TimeUnit.SECONDS)
        .onComplete(result -> {
          boolean up = result.succeeded();
          JsonObject body = new JsonObject()
              .put("status", up ? "up" : "degraded")
              .put("database", up ? "up" : "down")
              .put("spool_depth", spool.depth());
          ctx.response().setStatusCode(up ? 200 : 503).putHeader("Content-Type", "application/json")
              .end(body.encode());
        });
  }
}
