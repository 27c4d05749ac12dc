package org.sikiza.gateway.voice;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.sikiza.classifier.county.CountyResolver;
import org.sikiza.gateway.GatewayServices;
import org.sikiza.gateway.auth.RequireRole;
import org.sikiza.gateway.auth.Role;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.ingest.InboundBatcher;
import org.sikiza.gateway.outbound.OutboundSmsOutbox;
import org.sikiza.gateway.outbound.OutboundSmsVerticle;
import org.sikiza.gateway.outbound.RecipientSealer;
import org.sikiza.gateway.polls.PollStore;
import org.sikiza.gateway.programmes.DeclaredIngest;
import org.sikiza.gateway.programmes.ProgrammeStore;

/**
 * Mounts the voice line: the call flow and Twilio's recording callbacks under {@code /twilio/voice} (mount after
 * the {@code /twilio/*} body, form and signature handlers, which check every one of them), and the transcription
 * queue under {@code /api/transcriptions} (after the {@code /api/*} bearer-token handler). Called once per HTTP
 * verticle: the batcher it makes is that verticle's own.
 */
public final class VoiceRoutes {

  private VoiceRoutes() {
  }

  public static void mount(Router router, GatewayServices services, Vertx vertx) {
    SikizaConfig config = services.config();
    VoiceSettings settings = config.voice();
    InboundBatcher batcher = new InboundBatcher(vertx, services.messages(), services.spool(),
        config.ingest().maxBatch(), config.ingest().maxConcurrentBatches());
    VoiceMessages messages = new VoiceMessages(new DeclaredIngest(services.pool(), batcher));
    RecordingStore recordings = new RecordingStore(services.pool());
    PollStore polls = new PollStore(services.pool());
    VoiceTwiml twiml = new VoiceTwiml(settings, config.publicUrl(), config.radio().counties().names());
    CallFlow flow = new CallFlow(settings, twiml, polls, new ProgrammeStore(services.pool()), services.pseudonymiser());
    IncomingCallHandler incoming = new IncomingCallHandler(config, twiml, polls, services.pseudonymiser());
    CallMenuHandler menu = new CallMenuHandler(config, twiml, flow, polls, CountyResolver.standard(),
        services.pseudonymiser());
    RecordedHandler recorded = new RecordedHandler(settings, twiml,
        new OutboundSmsOutbox(services.pool(), new RecipientSealer(config.secret())),
        OutboundSmsVerticle.canSend(config), services.pseudonymiser());
    RecordingStatusHandler recordingStatus = new RecordingStatusHandler(settings, config.radio().counties(), recordings);
    TranscriptionHandler transcription = new TranscriptionHandler(settings, config.radio().counties(), recordings,
        messages, services.metrics());
    TranscriptionQueueApi queue = new TranscriptionQueueApi(settings, recordings, messages, services.metrics());

    router.post("/twilio/voice").handler(incoming::handle);
    router.post("/twilio/voice/language").handler(menu::language);
    router.post("/twilio/voice/county").handler(menu::county);
    router.post("/twilio/voice/poll").handler(menu::poll);
    router.post("/twilio/voice/recorded").handler(recorded::handle);
    router.post("/twilio/voice/recording").handler(recordingStatus::handle);
    router.post("/twilio/voice/transcription").handler(transcription::handle);
    RequireRole transcribers = RequireRole.anyOf(Role.ADMIN, Role.HOST, Role.CODER);
    router.get("/api/transcriptions").handler(transcribers).handler(queue::list);
    router.post("/api/transcriptions/:recordingSid").handler(transcribers).handler(queue::submit);
  }

  /** Answers a Twilio voice webhook with TwiML. */
  static void answer(RoutingContext ctx, String twiml) {
    ctx.response().putHeader("Content-Type", "application/xml").end(twiml);
  }
}
