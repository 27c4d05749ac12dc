package org.sikiza.gateway.callins;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sikiza.gateway.ingest.IngestOutcome;
import org.sikiza.gateway.programmes.DeclaredIngest;
import org.sikiza.gateway.programmes.Episode;
import org.sikiza.gateway.programmes.JsonFields;
import org.sikiza.gateway.programmes.MessageContext;
import org.sikiza.gateway.programmes.Programme;
import org.sikiza.gateway.programmes.ProgrammeStore;
import org.sikiza.gateway.sms.InboundSms;
import org.sikiza.gateway.sms.MessageKind;

/**
 * Stores call-ins as messages (channel {@code callin}) through the common ingest path, so they are counted and
 * classified like SMS: resolves the programme and episode they name, declares what the host noted, and gives each
 * a provider sid that makes a retried request (same Idempotency-Key, or the same CSV file) store nothing twice.
 */
final class CallinIngest {

  static final String CHANNEL = "callin";
  /** Call-ins come in on no phone line; the programme is declared instead. */
  static final String LINE = "console";

  static final String STORED = "SELECT id, programme_id, episode_id FROM messages WHERE provider_sid = $1";

  private final Pool pool;
  private final ProgrammeStore programmes;
  private final DeclaredIngest ingest;

  CallinIngest(Pool pool, ProgrammeStore programmes, DeclaredIngest ingest) {
    this.pool = pool;
    this.programmes = programmes;
    this.ingest = ingest;
  }

  /**
   * A call-in ready to store: its sid, the programme and episode ids it answers (nulls when none), and its row in
   * an imported file (0 for a single call-in).
   */
  record Prepared(String providerSid, Callin callin, Long programmeId, Long episodeId, long row) {}

  /** The programme and episode ids a call-in answers, or why its references do not hold. */
  record Resolution(Long programmeId, Long episodeId, String error) {
    static Resolution refused(String error) {
      return new Resolution(null, null, error);
    }
  }

  /** Resolves the programme and episode a call-in names; look-ups are shared through the caches (one CSV file). */
  Future<Resolution> resolve(Callin callin, Map<String, Future<Optional<Programme>>> programmeCache,
      Map<Long, Future<Optional<Episode>>> episodeCache) {
    Future<Optional<Programme>> programme = callin.programme() == null ? Future.succeededFuture(Optional.empty())
        : programmeCache.computeIfAbsent(callin.programme(), programmes::byReference);
    Future<Optional<Episode>> episode = callin.episodeId() == null ? Future.succeededFuture(Optional.empty())
        : episodeCache.computeIfAbsent(callin.episodeId(), programmes::episodeById);
    return Future.all(programme, episode).map(both -> {
      if (callin.programme() != null && programme.result().isEmpty()) {
        return Resolution.refused("programme " + JsonFields.quote(callin.programme()) + " does not exist");
      }
      if (callin.episodeId() != null && episode.result().isEmpty()) {
        return Resolution.refused("episode " + callin.episodeId() + " does not exist");
      }
      if (programme.result().isPresent() && episode.result().isPresent()
          && episode.result().get().programmeId() != programme.result().get().id()) {
        return Resolution.refused("episode " + callin.episodeId() + " is not an episode of programme "
            + JsonFields.quote(callin.programme()));
      }
      Long programmeId = programme.result().map(Programme::id)
          .orElse(episode.result().map(Episode::programmeId).orElse(null));
      return new Resolution(programmeId, callin.episodeId(), null);
    });
  }

  /** Stores prepared call-ins in one group commit; each has its own outcome. */
  Future<List<Future<IngestOutcome>>> store(List<Prepared> prepared, String host) {
    List<InboundSms> messages = new ArrayList<>();
    List<MessageContext> contexts = new ArrayList<>();
    Instant now = Instant.now();
    for (Prepared p : prepared) {
      Callin c = p.callin();
      messages.add(new InboundSms(p.providerSid(), CHANNEL, MessageKind.FEEDBACK, LINE, null, c.text(), null, List.of(),
          c.receivedAt() == null ? now : c.receivedAt().toInstant()));
      contexts.add(new MessageContext(p.providerSid(), c.county(), c.county() == null ? null : MessageContext.BY_HOST,
          c.gender(), c.ageBand(), c.disability(), c.language(), p.programmeId(), p.episodeId(), host));
    }
    return ingest.submitAll(messages, contexts);
  }

  /** The stored message's id and the programme and episode it was tagged with; empty while it is spooled. */
  Future<Optional<JsonObject>> storedMessage(String providerSid) {
    return pool.preparedQuery(STORED).execute(Tuple.of(providerSid)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row row = rows.iterator().next();
      return Optional.of(new JsonObject().put("id", row.getLong("id")).put("programme_id", row.getLong("programme_id"))
          .put("episode_id", row.getLong("episode_id")));
    });
  }

  /** A sid that is the same for the same request: the user and their idempotency key (or file and row). */
  static String sidFor(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return "CI" + HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
