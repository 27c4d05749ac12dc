package org.sikiza.gateway;

import io.vertx.sqlclient.Pool;
import org.sikiza.classifier.SikizaClassifier;
import org.sikiza.gateway.config.SikizaConfig;
import org.sikiza.gateway.ingest.InboundSpool;
import org.sikiza.gateway.ops.GatewayMetrics;
import org.sikiza.gateway.privacy.ParticipantPseudonymiser;
import org.sikiza.gateway.store.MessageStore;
import org.sikiza.gateway.store.StatusStore;

/** The process-wide parts every verticle shares; built once by {@link GatewayApplication}. All are thread-safe. */
public record GatewayServices(
    SikizaConfig config,
    Pool pool,
    InboundSpool spool,
    GatewayMetrics metrics,
    ParticipantPseudonymiser pseudonymiser,
    MessageStore messages,
    StatusStore statuses,
    SikizaClassifier classifier) {}
