package org.sikiza.reporting.query;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.sikiza.reporting.quotes.QuoteCandidate;

/**
 * Messages that may be quoted in a county report: the most recent feedback of the county in the period (at most
 * {@link #RECENT} messages, read backwards on {@code messages_county_received_idx}), never from a participant who
 * opted out, each with its effective theme labels and their scores. The choice among them is {@code QuoteSelector}'s.
 */
public final class QuoteCandidatesQuery {

  /** Enough for three quotes per theme with room for variety, and a bounded read whatever the volume. */
  public static final int RECENT = 300;

  /** $1 county, $2 start, $3 end, $4 channel or null, $5 programme id or null, $6 episode id or null, $7 limit. */
  static final String CANDIDATES = """
      WITH recent AS (
        SELECT m.id, m.body, m.participant_id
        FROM messages m
        WHERE m.county = $1 AND m.received_at >= $2 AND m.received_at < $3
          AND m.classified_at IS NOT NULL AND NOT m.is_other
          AND ($4::text IS NULL OR m.channel = $4)
          AND ($5::bigint IS NULL OR m.programme_id = $5)
          AND ($6::bigint IS NULL OR m.episode_id = $6)
          AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.participant_id = m.participant_id AND c.opted_out)
        ORDER BY m.received_at DESC
        LIMIT $7)
      SELECT r.id, r.body, r.participant_id, l.theme, coalesce(l.score, 1.0)::float8 AS score
      FROM recent r JOIN message_labels l ON l.message_id = r.id
      WHERE l.theme <> 'OTHER'
        AND (l.origin = 'human'
             OR NOT EXISTS (SELECT 1 FROM message_labels h WHERE h.message_id = r.id AND h.origin = 'human'))""";

  private final Pool pool;

  public QuoteCandidatesQuery(Pool pool) {
    this.pool = pool;
  }

  public Future<List<QuoteCandidate>> run(ReportScope scope) {
    return CustomPlans.execute(pool, CANDIDATES, Tuple.of(scope.county(), scope.start(), scope.end(),
            scope.channel(), scope.programmeId(), scope.episodeId(), RECENT))
        .map(rows -> {
          List<QuoteCandidate> candidates = new ArrayList<>(rows.size());
          for (Row row : rows) {
            candidates.add(new QuoteCandidate(row.getLong("id"), row.getString("participant_id"),
                row.getString("theme"), row.getDouble("score"), row.getString("body")));
          }
          return candidates;
        });
  }
}
