package org.sikiza.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneId;
import org.sikiza.gateway.config.SikizaConfig.ClassifierSettings;
import org.sikiza.gateway.config.SikizaConfig.IngestSettings;
import org.sikiza.gateway.config.SikizaConfig.ReplySettings;
import org.sikiza.gateway.outbound.OutboundSettingsReader;
import org.sikiza.gateway.programmes.RadioSettingsReader;
import org.sikiza.gateway.voice.VoiceSettingsReader;

/**
 * Builds {@link SikizaConfig} from the {@code config/} defaults packed in the jar (or the folder named by
 * {@code SIKIZA_CONFIG_DIR}), then the environment. The environment is passed in, so tests need no globals.
 */
public final class ConfigLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> env;

  public ConfigLoader(Map<String, String> env) {
    this.env = env;
  }

  public SikizaConfig load() {
    JsonNode defaults = readConfig("sikiza.json");
    int port = intSetting("SIKIZA_HTTP_PORT", defaults.at("/http/port").asInt());
    String publicUrl = stripTrailingSlash(env.getOrDefault("SIKIZA_PUBLIC_URL", "http://localhost:" + port));
    JsonNode ingest = defaults.path("ingest");
    return new SikizaConfig(
        port,
        intSetting("SIKIZA_HTTP_INSTANCES", defaults.at("/http/instances").asInt()),
        intSetting("SIKIZA_BODY_LIMIT_BYTES", defaults.at("/http/bodyLimitBytes").asInt()),
        env.getOrDefault("SIKIZA_DATABASE_URL", defaults.at("/database/url").asText()),
        intSetting("SIKIZA_DATABASE_POOL_SIZE", defaults.at("/database/poolSize").asInt()),
        publicUrl,
        env.get("TWILIO_ACCOUNT_SID"),
        env.get("TWILIO_AUTH_TOKEN"),
        env.get("SIKIZA_SECRET"),
        env.get("SIKIZA_ADMIN_TOKEN"),
        new IngestSettings(
            intSetting("SIKIZA_INGEST_MAX_BATCH", ingest.path("maxBatch").asInt()),
            intSetting("SIKIZA_INGEST_CONCURRENT_BATCHES", ingest.path("maxConcurrentBatches").asInt()),
            Path.of(env.getOrDefault("SIKIZA_SPOOL_DIR", ingest.path("spoolDir").asText())),
            Duration.ofMillis(ingest.path("spoolReplayIntervalMs").asLong())),
        env.getOrDefault("SIKIZA_PHONE_REGION", defaults.path("phoneRegion").asText()),
        zone(env.getOrDefault("SIKIZA_TIME_ZONE", defaults.path("timeZone").asText("UTC"))),
        new ClassifierSettings(
            intSetting("SIKIZA_CLASSIFIER_WORKERS", defaults.at("/classifier/workers").asInt(1)),
            intSetting("SIKIZA_CLASSIFIER_BATCH", defaults.at("/classifier/batchSize").asInt(200)),
            Duration.ofMillis(defaults.at("/classifier/idlePollMs").asLong(250))),
        reportMinCell(intSetting("SIKIZA_REPORT_MIN_CELL", defaults.at("/reports/minCell").asInt(5))),
        new ReplySettings(
            booleanSetting("SIKIZA_ACK_REPLIES", defaults.at("/replies/acknowledge").asBoolean()),
            defaults.at("/replies/defaultLanguage").asText(),
            readTemplates()),
        readLines(),
        new RadioSettingsReader(this::readConfig).read(),
        new VoiceSettingsReader(this::readConfig, env).read(),
        new OutboundSettingsReader(this::readConfig, env).read());
  }

  /** The settings {@code serve} cannot start without; throws naming the first one missing. */
  public static SikizaConfig requireSecrets(SikizaConfig config) {
    if (isBlank(config.twilioAuthToken())) {
      throw new MissingSettingException("TWILIO_AUTH_TOKEN is not set: it is needed to verify Twilio's signatures");
    }
    if (isBlank(config.secret())) {
      throw new MissingSettingException("SIKIZA_SECRET is not set: it is the key that pseudonymises phone numbers");
    }
    return config;
  }

  private ReplyTemplates readTemplates() {
    Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
    readConfig("templates/sms-replies.json").fields().forEachRemaining(language -> {
      if (language.getKey().startsWith("_")) {
        return;
      }
      Map<String, String> texts = new LinkedHashMap<>();
      language.getValue().fields().forEachRemaining(text -> texts.put(text.getKey(), text.getValue().asText()));
      byLanguage.put(language.getKey(), Map.copyOf(texts));
    });
    for (ReplyTemplates.Kind kind : ReplyTemplates.Kind.values()) {
      if (!byLanguage.getOrDefault(ReplyTemplates.FALLBACK_LANGUAGE, Map.of()).containsKey(kind.key)) {
        throw new IllegalStateException("templates/sms-replies.json has no eng." + kind.key);
      }
    }
    return new ReplyTemplates(Map.copyOf(byLanguage));
  }

  private List<PhoneLine> readLines() {
    List<PhoneLine> lines = new ArrayList<>();
    for (JsonNode line : readConfig("lines.json").path("lines")) {
      lines.add(new PhoneLine(
          line.path("number").asText(),
          line.path("name").asText(),
          line.path("language").asText(ReplyTemplates.FALLBACK_LANGUAGE),
          line.path("county").isTextual() ? line.path("county").asText() : null));
    }
    return List.copyOf(lines);
  }

  /** Reads a file from SIKIZA_CONFIG_DIR when it has one, else the copy packed under config/ in the jar. */
  private JsonNode readConfig(String name) {
    try {
      String dir = env.get("SIKIZA_CONFIG_DIR");
      if (dir != null && Files.exists(Path.of(dir, name))) {
        return JSON.readTree(Path.of(dir, name).toFile());
      }
      try (InputStream in = ConfigLoader.class.getResourceAsStream("/config/" + name)) {
        if (in == null) {
          throw new IllegalStateException("config/" + name + " is missing from the classpath");
        }
        return JSON.readTree(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read config/" + name, e);
    }
  }

  private int intSetting(String name, int fallback) {
    String value = env.get(name);
    if (isBlank(value)) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new MissingSettingException(name + " must be a whole number, got '" + value + "'");
    }
  }

  /** A report may hide counts below k; k below 2 would hide nothing, and a count of 1 singles a person out. */
  private static int reportMinCell(int k) {
    if (k < 2) {
      throw new MissingSettingException("SIKIZA_REPORT_MIN_CELL must be 2 or more, got " + k);
    }
    return k;
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (java.time.DateTimeException e) {
      throw new MissingSettingException("SIKIZA_TIME_ZONE must be a time zone such as Africa/Nairobi, got '" + id + "'");
    }
  }

  private boolean booleanSetting(String name, boolean fallback) {
    String value = env.get(name);
    return isBlank(value) ? fallback : Boolean.parseBoolean(value.trim());
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
