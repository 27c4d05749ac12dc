package org.sikiza.gateway.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds {@link OutboundSettings} from {@code config/voice/voice.json} ({@code outbound}), then the environment:
 * {@code SIKIZA_OUTBOUND_ENABLED}, {@code SIKIZA_TWILIO_API_URL} (tests point it at WireMock).
 */
public final class OutboundSettingsReader {

  private final Function<String, JsonNode> readConfig;
  private final Map<String, String> env;

  public OutboundSettingsReader(Function<String, JsonNode> readConfig, Map<String, String> env) {
    this.readConfig = readConfig;
    this.env = env;
  }

  public OutboundSettings read() {
    JsonNode outbound = readConfig.apply("voice/voice.json").path("outbound");
    Map<String, Double> rates = new HashMap<>();
    outbound.path("ratesPerSecond").fields().forEachRemaining(e -> rates.put(e.getKey(), positive(e.getKey(), e.getValue())));
    Map<String, Double> senderRates = new HashMap<>();
    outbound.path("senderRates").fields().forEachRemaining(e -> senderRates.put(e.getKey(), positive(e.getKey(), e.getValue())));
    String enabled = env.get("SIKIZA_OUTBOUND_ENABLED");
    String apiUrl = env.get("SIKIZA_TWILIO_API_URL");
    return new OutboundSettings(
        enabled == null || enabled.isBlank() ? outbound.path("enabled").asBoolean(true) : Boolean.parseBoolean(enabled.trim()),
        Math.max(1, outbound.path("batchSize").asInt(20)),
        Duration.ofMillis(outbound.path("idlePollMs").asLong(1000)),
        Math.max(1, outbound.path("maxAttempts").asInt(5)),
        Duration.ofMillis(outbound.path("retryBaseMs").asLong(2000)),
        Duration.ofMillis(outbound.path("retryMaxMs").asLong(300_000)),
        Duration.ofMinutes(outbound.path("maxAgeMinutes").asLong(24 * 60)),
        Duration.ofSeconds(outbound.path("sendingLeaseSeconds").asLong(120)),
        rates,
        senderRates,
        apiUrl == null || apiUrl.isBlank() ? null : apiUrl.trim());
  }

  private static double positive(String name, JsonNode value) {
    if (!value.isNumber() || value.asDouble() <= 0) {
      throw new IllegalStateException("voice/voice.json outbound rate " + name + " must be a number above 0");
    }
    return value.asDouble();
  }
}
