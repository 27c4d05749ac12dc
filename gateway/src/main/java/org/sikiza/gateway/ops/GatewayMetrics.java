package org.sikiza.gateway.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sikiza.gateway.http.ErrorType;
import org.sikiza.gateway.ingest.IngestOutcome.Status;

/** The gateway's Prometheus metrics: what came in, what was turned away and why, how fast we acknowledged. */
public final class GatewayMetrics {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer ackLatency;
  private final Map<String, Counter> received = new ConcurrentHashMap<>();
  private final Map<ErrorType, Counter> rejections = new ConcurrentHashMap<>();

  public GatewayMetrics() {
    ackLatency = Timer.builder("sikiza.webhook.ack.latency")
        .description("time from a webhook's arrival to its answer")
        .publishPercentileHistogram()
        .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofSeconds(1))
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(15))
        .register(registry);
  }

  /** One message answered; outcome stored / duplicate / spooled. */
  public void messageReceived(String channel, Status outcome) {
    received.computeIfAbsent(channel + "/" + outcome, key -> Counter.builder("sikiza.messages.received")
        .description("inbound messages acknowledged, by outcome (duplicate = a repeated webhook)")
        .tag("channel", channel)
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry)).increment();
  }

  public void rejected(ErrorType reason) {
    rejections.computeIfAbsent(reason, key -> Counter.builder("sikiza.webhook.rejections")
        .description("requests turned away, by reason")
        .tag("reason", reason.name().toLowerCase(Locale.ROOT))
        .register(registry)).increment();
  }

  public void ackLatency(long nanos) {
    ackLatency.record(Duration.ofNanos(nanos));
  }

  public void spoolDepth(Supplier<Number> depth) {
    Gauge.builder("sikiza.spool.depth", depth).description("messages in the local spool, waiting for PostgreSQL")
        .register(registry);
  }

  public String scrape() {
    return registry.scrape();
  }
}
