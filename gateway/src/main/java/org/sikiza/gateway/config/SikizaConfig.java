package org.sikiza.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.sikiza.gateway.outbound.OutboundSettings;
import org.sikiza.gateway.programmes.RadioSettings;
import org.sikiza.gateway.voice.VoiceSettings;

/**
 * The gateway's whole configuration, built once at start-up from the defaults in {@code config/}
 * and then environment variables. Nothing else reads the environment.
 */
public record SikizaConfig(
    int httpPort,
    int httpInstances,
    int bodyLimitBytes,
    String databaseUrl,
    int databasePoolSize,
    String publicUrl,
    String twilioAccountSid,
    String twilioAuthToken,
    String secret,
    String adminToken,
    IngestSettings ingest,
    String phoneRegion,
    ZoneId timeZone,
    ClassifierSettings classifier,
    int reportMinCell,
    ReplySettings replies,
    List<PhoneLine> lines,
    RadioSettings radio,
    VoiceSettings voice,
    OutboundSettings outbound) {

  /** Background classification: worker verticles per gateway, messages per claimed batch, poll interval when idle. */
  public record ClassifierSettings(int workers, int batchSize, Duration idlePoll) {}

  /** How webhooks are committed: group-commit batch limits and the local spool used when PostgreSQL is down. */
  public record IngestSettings(int maxBatch, int maxConcurrentBatches, Path spoolDir, Duration spoolReplayInterval) {}

  /** Which automatic SMS replies are sent, and their templates per language. */
  public record ReplySettings(boolean acknowledge, String defaultLanguage, ReplyTemplates templates) {}

  /** The county configured for a line, if any. */
  public Optional<String> lineCounty(String number) {
    return line(number).map(PhoneLine::county);
  }

  /** The line (phone number or short code) a message came in on, if it is configured. */
  public Optional<PhoneLine> line(String number) {
    return lines.stream().filter(line -> line.number().equals(number)).findFirst();
  }

  /** The admin token, if one was configured. */
  public Optional<String> adminTokenIfSet() {
    return Optional.ofNullable(adminToken).filter(token -> !token.isBlank());
  }

  /** A copy with another HTTP port and public URL; used by the demo and tests that pick a free port. */
  public SikizaConfig withHttpPort(int port, String newPublicUrl) {
    return new SikizaConfig(port, httpInstances, bodyLimitBytes, databaseUrl, databasePoolSize, newPublicUrl,
        twilioAccountSid, twilioAuthToken, secret, adminToken, ingest, phoneRegion, timeZone, classifier, reportMinCell, replies, lines,
        radio, voice, outbound);
  }
}
