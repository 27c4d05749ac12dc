package org.sikiza.gateway.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.concurrent.TimeUnit;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.auth.BearerTokenAuth;
import org.sikiza.gateway.callins.CallinRoutes;
import org.sikiza.gateway.polls.PollRoutes;
import org.sikiza.gateway.programmes.ProgrammeRoutes;
import org.sikiza.gateway.voice.VoiceRoutes;
import org.sikiza.gateway.auth.RequireRole;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.classify.ClassifyHandler;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.ingest.InboundBatcher;
import org.sikiza.gateway.ops.HealthHandler;
import org.sikiza.gateway.sms.InboundSmsHandler;
import org.sikiza.gateway.sms.SmsReplies;
import org.sikiza.gateway.sms.SmsStatusHandler;
import org.sikiza.gateway.reports.ReportRoutes;
import org.sikiza.gateway.twilio.TwilioFormBody;
import org.sikiza.gateway.users.UserDirectory;
import org.sikiza.reporting.catalogue.CountyDirectory;
import org.sikiza.reporting.suppression.SmallCellRule;
import org.sikiza.gateway.twilio.TwilioSignatureCheck;

/**
 * The HTTP server: Twilio webhooks (SMS, voice), the API (classification, programmes, polls, call-ins),
 * the host console, health and metrics. Deployed once per core; each instance batches
 * its own webhooks. Stopping waits for requests in flight to be answered.
 */
public final class HttpVerticle extends VerticleBase {

  private static final long SHUTDOWN_GRACE_SECONDS = 20;

  private final GatewayServices services;
  private HttpServer server;

  public HttpVerticle(GatewayServices services) {
    this.services = services;
  }

  @Override
  public Future<?> start() {
    SikizaConfig config = services.config();
    InboundBatcher batcher = new InboundBatcher(vertx, services.messages(), services.spool(),
        config.ingest().maxBatch(), config.ingest().maxConcurrentBatches());
    TwilioSignatureCheck signatures = new TwilioSignatureCheck(config.twilioAuthToken(), config.publicUrl());
    InboundSmsHandler inboundSms = new InboundSmsHandler(services.pseudonymiser(), batcher, new SmsReplies(config),
        services.metrics());
    SmsStatusHandler smsStatus = new SmsStatusHandler(services.statuses());
    FailureHandler failures = new FailureHandler((ctx, type) -> services.metrics().rejected(type));

    Router router = Router.router(vertx);
    // The clock starts before the body is read.
    router.post("/twilio/*").handler(this::timeAcknowledgement);
    router.post("/twilio/*").handler(new TwilioFormBody(config.bodyLimitBytes())).handler(signatures::handle);
    router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes()))
        .handler(new BearerTokenAuth(config.adminTokenIfSet(),
            new UserDirectory(vertx, services.pool(), CountyDirectory.loadDefault()))::handle);
    router.post("/api/classify").handler(RequireRole.anyOf(Role.ADMIN, Role.CODER, Role.HOST))
        .handler(new ClassifyHandler(services.classifier())::handle);
    router.post("/twilio/sms").handler(inboundSms::handle);
    router.post("/twilio/sms/status").handler(smsStatus::handle);
    ProgrammeRoutes.mount(router, services, vertx);
    PollRoutes.mount(router, services, vertx);
    VoiceRoutes.mount(router, services, vertx);
    CallinRoutes.mount(router, services, vertx);
    router.get("/health").handler(new HealthHandler(services.pool(), services.spool())::handle);
    router.get("/metrics").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(services.metrics().scrape()));
    ReportRoutes.mount(router, services, vertx, new SmallCellRule(config.reportMinCell()));
    router.route().failureHandler(failures::handle);
    for (int status : new int[] {404, 405, 413}) {
      router.errorHandler(status, failures::handle);
    }

    server = vertx.createHttpServer(new HttpServerOptions().setPort(config.httpPort()).setCompressionSupported(false));
    return server.requestHandler(router).listen();
  }

  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.shutdown(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
  }

  private void timeAcknowledgement(RoutingContext ctx) {
    long started = System.nanoTime();
    ctx.addEndHandler(done -> services.metrics().ackLatency(System.nanoTime() - started));
    ctx.next();
  }
}
