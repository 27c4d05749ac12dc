package org.sikiza.gateway;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.gateway.classify.BatchClassifier;
import org.sikiza.gateway.classify.ClassificationVerticle;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.outbound.OutboundSmsVerticle;
import org.sikiza.gateway.polls.PollSeeder;
import org.sikiza.gateway.programmes.ProgrammeSeeder;
import org.sikiza.gateway.reports.ReportDatabaseSetup;
import org.sikiza.gateway.http.HttpVerticle;
import org.sikiza.gateway.ingest.InboundSpool;
import org.sikiza.gateway.ingest.SpoolReplayVerticle;
import org.sikiza.gateway.ops.GatewayMetrics;
import org.sikiza.gateway.privacy.ParticipantPseudonymiser;
import org.sikiza.gateway.privacy.PhoneNumberNormaliser;
import org.sikiza.gateway.store.DatabaseBootstrap;
import org.sikiza.gateway.store.DatabaseConnections;
import org.sikiza.gateway.store.MessageStore;
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
    return DatabaseBootstrap.openMigrated(vertx, config.databaseUrl(), config.databasePoolSize())
        .compose(pool -> ReportDatabaseSetup.useTimeZone(pool, config.timeZone()).map(pool))
        .compose(pool -> vertx.executeBlocking(() -> new InboundSpool(config.ingest().spoolDir()))
            .compose(spool -> vertx.executeBlocking(SikizaClassifier::loadDefault)
                .map(classifier -> buildServices(pool, spool, classifier))))
        .compose(built -> vertx.deployVerticle(
                new SpoolReplayVerticle(built.spool(), built.messages(), config.ingest().spoolReplayInterval()))
            .map(built))
        .compose(built -> ProgrammeSeeder.seed(built).compose(done -> PollSeeder.seed(built)).map(built))
        .compose(built -> vertx.deployVerticle(OutboundSmsVerticle.forGateway(built)).map(built))
        .compose(built -> startClassifiers(config.classifier().workers()).map(built))
        .compose(built -> vertx.deployVerticle(() -> new HttpVerticle(built),
                new DeploymentOptions().setInstances(config.httpInstances()).setThreadingModel(ThreadingModel.EVENT_LOOP))
            .map(built))
        .onSuccess(built -> LOG.info(
            "event=gateway.started port={} database={} public_url={} instances={} classifier_workers={} model={}",
            config.httpPort(), DatabaseConnections.describe(config.databaseUrl()), config.publicUrl(),
            config.httpInstances(), config.classifier().workers(), built.classifier().modelVersion()));
  }

  /**
   * Deploys background classification workers; {@code 0} leaves this instance ingest-only (another instance,
   * or a later call, classifies what it stores).
   */
  public Future<Void> startClassifiers(int workers) {
    if (workers <= 0) {
      return Future.succeededFuture();
    }
    return vertx.deployVerticle(() -> new ClassificationVerticle(services.pool(),
            new BatchClassifier(services.classifier(), config::lineCounty, config.timeZone()),
            config.classifier().batchSize(), config.classifier().idlePoll()),
        new DeploymentOptions().setInstances(workers)).mapEmpty();
  }

  private GatewayServices buildServices(Pool pool, InboundSpool spool, SikizaClassifier classifier) {
    GatewayMetrics metrics = new GatewayMetrics();
    metrics.spoolDepth(spool::depth);
    services = new GatewayServices(config, pool, spool, metrics,
        new ParticipantPseudonymiser(config.secret(), new PhoneNumberNormaliser(config.phoneRegion())),
        new MessageStore(pool), new StatusStore(pool), classifier);
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
