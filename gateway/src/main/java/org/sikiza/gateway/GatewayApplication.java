package org.sikiza.gateway;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.http.HttpVerticle;
import org.sikiza.gateway.ingest.InboundSpool;
import org.sikiza.gateway.ingest.SpoolReplayVerticle;
import org.sikiza.gateway.ops.GatewayMetrics;
import org.sikiza.gateway.privacy.ParticipantPseudonymiser;
import org.sikiza.gateway.privacy.PhoneNumberNormaliser;
import org.sikiza.gateway.store.DatabaseBootstrap;
import org.sikiza.gateway.store.DatabaseConnections;
import org.sikiza.gateway.store.MessageStore;
import org.sikiza.gateway.store.SchemaMigrator;
import org.sikiza.gateway.store.StatusStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops one gateway: database, migrations, spool, then the verticles, as one chain.
 * Used by {@code serve}, {@code demo}, the benchmark and the integration tests alike.
 */
public final class GatewayApplication {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayApplication.class);

  private final Vertx vertx;
  private final SikizaConfig config;
  private GatewayServices services;

  public GatewayApplication(Vertx vertx, SikizaConfig config) {
    this.vertx = vertx;
    this.config = config;
  }

  public Future<GatewayServices> start() {
    return DatabaseBootstrap.ensureDatabaseExists(vertx, config.databaseUrl())
        .map(created -> DatabaseConnections.pool(vertx, config.databaseUrl(), config.databasePoolSize()))
        .compose(pool -> new SchemaMigrator(pool).migrate().map(applied -> pool))
        .compose(pool -> vertx.executeBlocking(() -> new InboundSpool(config.ingest().spoolDir()))
            .map(spool -> buildServices(pool, spool)))
        .compose(built -> vertx.deployVerticle(
                new SpoolReplayVerticle(built.spool(), built.messages(), config.ingest().spoolReplayInterval()))
            .map(built))
        .compose(built -> vertx.deployVerticle(() -> new HttpVerticle(built),
                new DeploymentOptions().setInstances(config.httpInstances()).setThreadingModel(ThreadingModel.EVENT_LOOP))
            .map(built))
        .onSuccess(built -> LOG.info("event=gateway.started port={} database={} public_url={} instances={}",
            config.httpPort(), DatabaseConnections.describe(config.databaseUrl()), config.publicUrl(),
            config.httpInstances()));
  }

  private GatewayServices buildServices(Pool pool, InboundSpool spool) {
    GatewayMetrics metrics = new GatewayMetrics();
    metrics.spoolDepth(spool::depth);
    services = new GatewayServices(config, pool, spool, metrics,
        new ParticipantPseudonymiser(config.secret(), new PhoneNumberNormaliser(config.phoneRegion())),
        new MessageStore(pool), new StatusStore(pool));
    return services;
  }

  /** Finishes requests in flight (verticles stop gracefully), then closes the pool and the spool. */
  public Future<Void> stop() {
    return vertx.close().onComplete(done -> {
      if (services != null) {
        services.spool().close();
      }
      LOG.info("event=gateway.stopped");
    });
  }
}
