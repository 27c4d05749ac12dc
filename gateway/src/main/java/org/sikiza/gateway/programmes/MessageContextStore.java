package org.sikiza.gateway.programmes;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;

/**
 * Writes {@link MessageContext}s ahead of their messages; the messages insert trigger copies them on. The first
 * declaration for a provider sid stands, like the first copy of a message.
 */
public final class MessageContextStore {

  static final String INSERT_BATCH = """
      INSERT INTO message_declarations (provider_sid, county, county_source, gender, age_band, disability, language,
                                        programme_id, episode_id, declared_by)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                           $8::bigint[], $9::bigint[], $10::text[])
      ON CONFLICT (provider_sid) DO NOTHING""";

  private final Pool pool;

  public MessageContextStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Void> declare(List<MessageContext> contexts) {
    if (contexts.isEmpty()) {
      return Future.succeededFuture();
    }
    return pool.preparedQuery(INSERT_BATCH).execute(Tuple.of(
        contexts.stream().map(MessageContext::providerSid).toArray(String[]::new),
        contexts.stream().map(MessageContext::county).toArray(String[]::new),
        contexts.stream().map(MessageContext::countySource).toArray(String[]::new),
        contexts.stream().map(MessageContext::gender).toArray(String[]::new),
        contexts.stream().map(MessageContext::ageBand).toArray(String[]::new),
        contexts.stream().map(MessageContext::disability).toArray(String[]::new),
        contexts.stream().map(MessageContext::language).toArray(String[]::new),
        contexts.stream().map(MessageContext::programmeId).toArray(Long[]::new),
        contexts.stream().map(MessageContext::episodeId).toArray(Long[]::new),
        contexts.stream().map(MessageContext::declaredBy).toArray(String[]::new))).mapEmpty();
  }
}
